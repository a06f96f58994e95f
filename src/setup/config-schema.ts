import { z } from "zod";
import { duration, FeedSchema, FetchSchema, ProcessingSchema, slug } from "../config/feeds.ts";
import { AlertSchema, SignalsSchema, WebSubSchema } from "../config/push-schema.ts";
import { strictObject } from "../config/strict-object.ts";
import { FetchError } from "../fetch/fetch-error.ts";
import { vetTarget } from "../fetch/ssrf.ts";
import { filterContext } from "../query/context.ts";
import { QueryError } from "../query/error.ts";
import { resolveView, ViewSchema } from "../query/view.ts";
import { TaggingSchema } from "../tag/config.ts";

export const ConfigSchema = strictObject({
  defaultInterval: duration(60_000).prefault("15m"),
  retention: duration(3_600_000).prefault("30d"),
  /** How long after a story's last report a new one may still join it. */
  dedupWindow: duration(60_000).prefault("3d"),
  fetch: FetchSchema.prefault({}),
  processing: ProcessingSchema.prefault({}),
  /**
   * Hosts (names or IP literals, optionally with a port: "127.0.0.1:8081", "[::1]:8081") the SSRF guard
   * lets through although they resolve to private addresses, only as a feed's own configured host.
   */
  allowPrivateHosts: z.array(z.string().min(1)).default([]),
  feeds: z.array(FeedSchema),
  views: z.record(slug, ViewSchema).default({}),
  tagging: TaggingSchema.prefault({}),
  /** Webhooks on views, see the README's "Alerts". */
  alerts: z.array(AlertSchema).default([]),
  signals: SignalsSchema.prefault({}),
  websub: WebSubSchema.prefault({}),
})
  // Runs even when other fields failed, so duplicate ids and unknown view feeds come in the same
  // report as every other problem; the value may then be partly unparsed, hence the guards.
  .superRefine(checkAcrossFields, { when: () => true });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What only the whole config knows: feed and alert ids are unique, alerts name configured views and
 * pass the SSRF guard, and views name configured feeds and tags.
 */
function checkAcrossFields(config: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(config)) return;
  const feeds = uniqueIds(config.feeds, "feeds", ctx) as { id: string; tags?: unknown }[];
  checkAlerts(config, ctx);
  if (!isRecord(config.views)) return;
  const custom = isRecord(config.tagging) && isRecord(config.tagging.custom) ? config.tagging.custom : {};
  const context = filterContext(
    {
      feeds: feeds.map((feed) => ({ id: feed.id, tags: Array.isArray(feed.tags) ? feed.tags : [] })),
      tagging: { custom },
    },
    new Date(),
  );
  for (const [name, view] of Object.entries(config.views)) {
    if (!isRecord(view)) continue;
    for (const param of ["feed", "tag"] as const) {
      const value = view[param];
      if (typeof value !== "string" && !Array.isArray(value)) continue;
      try {
        resolveView({ [param]: value }, context);
      } catch (error) {
        if (!(error instanceof QueryError)) throw error;
        ctx.addIssue({ code: "custom", path: ["views", name, param], message: error.detail });
      }
    }
  }
}

/** Reports every entry whose id an earlier one already has; returns the first entry of each id. */
function uniqueIds(
  entries: unknown,
  field: "feeds" | "alerts",
  ctx: z.RefinementCtx,
): Record<string, unknown>[] {
  const seen = new Map<string, number>();
  const firsts: Record<string, unknown>[] = [];
  (Array.isArray(entries) ? entries : []).forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== "string") return;
    const first = seen.get(entry.id);
    if (first === undefined) {
      seen.set(entry.id, index);
      firsts.push(entry);
    } else {
      ctx.addIssue({
        code: "custom",
        path: [field, index, "id"],
        message: `duplicates ${field}[${first}].id "${entry.id}": every ${field.slice(0, -1)} needs an id of its own`,
      });
    }
  });
  return firsts;
}

function checkAlerts(config: Record<string, unknown>, ctx: z.RefinementCtx): void {
  uniqueIds(config.alerts, "alerts", ctx);
  if (!Array.isArray(config.alerts)) return;
  const views = isRecord(config.views) ? Object.keys(config.views) : [];
  const allowed = Array.isArray(config.allowPrivateHosts) ? config.allowPrivateHosts.map(String) : [];
  config.alerts.forEach((alert: unknown, index) => {
    if (!isRecord(alert)) return;
    if (typeof alert.view === "string" && !views.includes(alert.view)) {
      ctx.addIssue({
        code: "custom",
        path: ["alerts", index, "view"],
        message: `unknown view "${alert.view}" (views: ${views.join(", ") || "none are configured"})`,
      });
    }
    const refused = typeof alert.url === "string" ? ssrfRefusal(alert.url, allowed) : null;
    if (refused) ctx.addIssue({ code: "custom", path: ["alerts", index, "url"], message: refused });
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
