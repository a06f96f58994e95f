import { z } from "zod";
import { duration, FeedSchema, FetchSchema, slug } from "../config/feeds.ts";
import { AlertSchema, SignalsSchema, WebSubSchema } from "../config/push-schema.ts";
import { FetchError } from "../fetch/fetch-error.ts";
import { vetTarget } from "../fetch/ssrf.ts";
import { filterContext } from "../query/context.ts";
import { QueryError } from "../query/error.ts";
import { resolveView, ViewSchema } from "../query/view.ts";
import { TaggingSchema } from "../tag/config.ts";

export const ConfigSchema = z
  .strictObject({
    defaultInterval: duration(60_000).prefault("15m"),
    retention: duration(3_600_000).prefault("30d"),
    /** How long after a story's last report a new one may still join it. */
    dedupWindow: duration(60_000).prefault("3d"),
    fetch: FetchSchema.prefault({}),
    /** Hosts (names or IP literals) the SSRF guard lets through although they resolve to private addresses. */
    allowPrivateHosts: z.array(z.string().min(1)).default([]),
    feeds: z.array(FeedSchema),
    views: z.record(slug, ViewSchema).default({}),
    tagging: TaggingSchema.prefault({}),
    /** Webhooks on views, see the README's "Alerts". */
    alerts: z.array(AlertSchema).default([]),
    signals: SignalsSchema.prefault({}),
    websub: WebSubSchema.prefault({}),
  })
  .superRefine((config, ctx) => {
    uniqueIds(config.feeds, "feeds", ctx);
    uniqueIds(config.alerts, "alerts", ctx);
    config.alerts.forEach((alert, index) => {
      if (!Object.hasOwn(config.views, alert.view)) {
        const known = Object.keys(config.views).join(", ") || "none are configured";
        ctx.addIssue({
          code: "custom",
          path: ["alerts", index, "view"],
          message: `unknown view "${alert.view}" (views: ${known})`,
        });
      }
      const refused = ssrfRefusal(alert.url, config.allowPrivateHosts);
      if (refused) ctx.addIssue({ code: "custom", path: ["alerts", index, "url"], message: refused });
    });
    // The view schema checks every field but feed ids and custom tags, which only the whole config
    // knows: a view naming a feed or tag that is not configured would otherwise fail only when requested.
    const context = filterContext(config, new Date());
    for (const [name, view] of Object.entries(config.views)) {
      for (const param of ["feed", "tag"] as const) {
        if (view[param] === undefined) continue;
        try {
          resolveView({ [param]: view[param] }, context);
        } catch (error) {
          if (!(error instanceof QueryError)) throw error;
          ctx.addIssue({ code: "custom", path: ["views", name, param], message: error.problem });
        }
      }
    }
  });

function uniqueIds(entries: readonly { id: string }[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [field, index, "id"],
        message: `duplicates ${field}[${first}].id "${entry.id}"`,
      });
    } else seen.set(entry.id, index);
  });
}

/**
 * What the SSRF guard says of a webhook before any delivery: a private or reserved IP literal is
 * refused here, unless allowPrivateHosts names it; a host name is checked on every connection, as
 * for feeds, since what it resolves to may change.
 */
function ssrfRefusal(url: string, allowPrivateHosts: string[]): string | null {
  if (!URL.canParse(url)) return null;
  try {
    vetTarget(new URL(url), allowPrivateHosts);
    return null;
  } catch (error) {
    if (error instanceof FetchError) return `refused by the SSRF guard: ${error.message}`;
    throw error;
  }
}

/** What users write in feeds.config.ts. */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** The validated config with defaults filled and durations in milliseconds. */
export type Config = z.output<typeof ConfigSchema>;

/** Identity helper that gives feeds.config.ts type checking and completion. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
