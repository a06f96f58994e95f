import { SIGNAL_TAG } from "../model/tags.ts";
import type { FilterContext } from "./filter.ts";

/** The parts of the config a filter is checked against (structural, so the config schema can use it). */
export interface FilterConfig {
  feeds: readonly { id: string; tags?: readonly string[] | undefined }[];
  tagging: { custom: Record<string, unknown> };
  /** With silence signals on, their stories carry the "signal" tag. */
  signals?: { silence?: unknown };
}

/** The custom tags a story can carry: the tagging rules' own, the feeds' `tags` and signals', sorted. */
export function configTags(config: FilterConfig): string[] {
  const tags = [
    ...Object.keys(config.tagging.custom),
    ...config.feeds.flatMap((feed) => feed.tags ?? []),
    ...(config.signals?.silence ? [SIGNAL_TAG] : []),
  ];
  return [...new Set(tags)].sort();
}

/** What a request's parameters are checked against: the current config's feeds and tags. */
export function filterContext(config: FilterConfig, now: Date): FilterContext {
  return { now, feedIds: config.feeds.map((feed) => feed.id), tags: configTags(config) };
}
