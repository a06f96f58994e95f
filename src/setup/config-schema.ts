import { z } from "zod";
import { duration, FeedSchema, FetchSchema, slug } from "../config/feeds.ts";
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
    /**
     * Hosts (names or IP literals, optionally with a port: "127.0.0.1:8081", "[::1]:8081") the SSRF guard
     * lets through although they resolve to private addresses, only as a feed's own configured host.
     */
    allowPrivateHosts: z.array(z.string().min(1)).default([]),
    feeds: z.array(FeedSchema),
    views: z.record(slug, ViewSchema).default({}),
    tagging: TaggingSchema.prefault({}),
  })
  .superRefine((config, ctx) => {
    const seen = new Map<string, number>();
    config.feeds.forEach((feed, index) => {
      const first = seen.get(feed.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["feeds", index, "id"],
          message: `duplicates feeds[${first}].id "${feed.id}"`,
        });
      } else seen.set(feed.id, index);
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

/** What users write in feeds.config.ts. */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** The validated config with defaults filled and durations in milliseconds. */
export type Config = z.output<typeof ConfigSchema>;

/** Identity helper that gives feeds.config.ts type checking and completion. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
