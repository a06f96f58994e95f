import { z } from "zod";
import { duration, FeedSchema, FetchSchema, slug } from "../config/feeds.ts";
import { strictObject } from "../config/strict-object.ts";
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
  /** Hosts (names or IP literals) the SSRF guard lets through although they resolve to private addresses. */
  allowPrivateHosts: z.array(z.string().min(1)).default([]),
  feeds: z.array(FeedSchema),
  views: z.record(slug, ViewSchema).default({}),
  tagging: TaggingSchema.prefault({}),
})
  // Runs even when other fields failed, so duplicate ids and unknown view feeds come in the same
  // report as every other problem; the value may then be partly unparsed, hence the guards.
  .superRefine(checkAcrossFields, { when: () => true });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What only the whole config knows: feed ids are unique, and views name configured feeds and tags. */
function checkAcrossFields(config: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(config)) return;
  const entries: unknown[] = Array.isArray(config.feeds) ? config.feeds : [];
  const feeds = entries.filter(
    (feed): feed is { id: string; tags?: string[] } => isRecord(feed) && typeof feed.id === "string",
  );
  const seen = new Map<string, number>();
  entries.forEach((feed, index) => {
    if (!isRecord(feed) || typeof feed.id !== "string") return;
    const first = seen.get(feed.id);
    if (first === undefined) seen.set(feed.id, index);
    else {
      ctx.addIssue({
        code: "custom",
        path: ["feeds", index, "id"],
        message: `duplicates feeds[${first}].id "${feed.id}": every feed needs an id of its own`,
      });
    }
  });
  if (!isRecord(config.views)) return;
  const custom = isRecord(config.tagging) && isRecord(config.tagging.custom) ? config.tagging.custom : {};
  // A duplicated id is reported above; listing it twice among the accepted ids would only confuse.
  const unique = [...new Map(feeds.map((feed) => [feed.id, feed])).values()];
  const context = filterContext(
    {
      feeds: unique.map((feed) => ({ id: feed.id, tags: Array.isArray(feed.tags) ? feed.tags : [] })),
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

/** What users write in feeds.config.ts. */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** The validated config with defaults filled and durations in milliseconds. */
export type Config = z.output<typeof ConfigSchema>;

/** Identity helper that gives feeds.config.ts type checking and completion. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
