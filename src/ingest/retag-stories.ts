import type { Redis } from "ioredis";
import type { FeedConfig } from "../config/feeds.ts";
import type { Item } from "../model/item.ts";
import type { Source } from "../model/story.ts";
import type { Tags } from "../model/tags.ts";
import type { StoreKeys } from "../store/keys.ts";
import { replaceTags } from "../store/stories.ts";
import { type Tagger, tagInputOf, tagInputOfSource } from "./prepare.ts";

export interface RetagOptions {
  /** At most this many stories a second, so a re-tag never crowds out polling. */
  perSecond: number;
  batch?: number;
  /** Stops between batches: a newer reload starts over with newer rules. */
  signal?: AbortSignal;
  /** How to pause between batches; tests pass one that does not wait. */
  pause?: (ms: number) => Promise<void>;
}

const pauseFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const joined = <T>(a: readonly T[], b: readonly T[]) => [...a, ...b.filter((value) => !a.includes(value))];

/** A story's tags are the union of its reports' tags, as save-report.lua builds them at ingest. */
function unionTags(a: Tags, b: Tags): Tags {
  const said = new Set(a.evidence.map((entry) => JSON.stringify(entry)));
  return {
    language: a.language,
    countries: joined(a.countries, b.countries),
    regions: joined(a.regions, b.regions),
    crises: joined(a.crises, b.crises),
    custom: joined(a.custom, b.custom),
    evidence: [...a.evidence, ...b.evidence.filter((entry) => !said.has(JSON.stringify(entry)))],
  };
}

/**
 * Tags every stored story again and replaces the tags of those that come out different, moving
 * them between the tag indexes. As at ingest, a story's tags are the union of its reports': the
 * representative item in full, and every other report by the headline the store keeps of it,
 * each with its own feed's hints. Stories are read oldest first in batches, paced to `perSecond`.
 */
export async function retagStories(
  redis: Redis,
  keys: StoreKeys,
  tag: Tagger,
  feeds: readonly Pick<FeedConfig, "id" | "countries" | "regions" | "tags">[],
  options: RetagOptions,
): Promise<{ seen: number; changed: number }> {
  const batch = options.batch ?? 100;
  const pause = options.pause ?? pauseFor;
  const byId = new Map(feeds.map((feed) => [feed.id, feed]));
  let seen = 0;
  let changed = 0;
  for (let start = 0; !options.signal?.aborted; start += batch) {
    const begun = Date.now();
    const ids = await redis.zrange(keys.timeline, start, start + batch - 1);
    if (ids.length === 0) break;
    const replies = await redis
      .pipeline(
        ids.flatMap((id) => [
          ["hget", keys.story(id), "item"],
          ["hvals", keys.storySources(id)],
        ]),
      )
      .exec();
    for (const [position, id] of ids.entries()) {
      const raw = replies?.[2 * position]?.[1];
      if (typeof raw !== "string") continue;
      const item = JSON.parse(raw) as Item;
      const sources = (replies?.[2 * position + 1]?.[1] ?? []) as string[];
      let tags = tag(tagInputOf(item, byId.get(item.feedId) ?? {}));
      for (const source of sources.map((json) => JSON.parse(json) as Source)) {
        if (source.itemId !== item.id)
          tags = unionTags(tags, tag(tagInputOfSource(source, byId.get(source.feedId) ?? {})));
      }
      if (await replaceTags(redis, keys, id, item, tags)) changed++;
      seen++;
    }
    const rest = (ids.length / options.perSecond) * 1000 - (Date.now() - begun);
    if (rest > 0) await pause(rest);
  }
  return { seen, changed };
}
