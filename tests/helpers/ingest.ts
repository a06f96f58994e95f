import type { Redis } from "ioredis";
import { SharedStoryIndex } from "../../src/dedup/shared-index.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import { prepareItems, type Tagger } from "../../src/ingest/prepare.ts";
import { storeItems } from "../../src/ingest/store-items.ts";
import { storeKeys } from "../../src/store/keys.ts";

const DAY = 86_400_000;

/** One poll's work after the download, as the worker does it: parse, tag, dedup and store under `prefix`. */
export async function ingestFeed(
  redis: Redis,
  prefix: string,
  feed: { id: string; url: string; countries?: string[] },
  document: string,
  tag: Tagger,
  now: Date,
): Promise<void> {
  const parsed = await parseFeed(document, { feedId: feed.id, feedUrl: feed.url, languageHint: "en", now });
  const prepared = prepareItems(parsed.items, feed, tag, now, 30 * DAY);
  const indexes = {
    stories: new SharedStoryIndex(redis, { prefix, windowMs: 3 * DAY }),
  };
  await storeItems(redis, storeKeys(prefix), indexes, prepared, now, 30 * DAY);
}
