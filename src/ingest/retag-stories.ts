import type { Redis } from "ioredis";
import type { FeedConfig } from "../config/feeds.ts";
import type { Item } from "../model/item.ts";
import type { StoreKeys } from "../store/keys.ts";
import { replaceTags } from "../store/stories.ts";
import { type Tagger, tagInputOf } from "./prepare.ts";

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

/**
 * Tags every stored story again, from its representative item and its feed's hints, and
 * replaces the tags of those that come out different, moving them between the tag indexes.
 * Stories are read oldest first in batches, paced to `perSecond`.
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
    const items = await redis.pipeline(ids.map((id) => ["hget", keys.story(id), "item"])).exec();
    for (const [position, id] of ids.entries()) {
      const raw = items?.[position]?.[1];
      if (typeof raw !== "string") continue;
      const item = JSON.parse(raw) as Item;
      const tags = tag(tagInputOf(item, byId.get(item.feedId) ?? {}));
      if (await replaceTags(redis, keys, id, item, tags)) changed++;
      seen++;
    }
    const rest = (ids.length / options.perSecond) * 1000 - (Date.now() - begun);
    if (rest > 0) await pause(rest);
  }
  return { seen, changed };
}
