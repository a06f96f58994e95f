import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { FeedConfig } from "../config/feeds.ts";
import type { Item } from "../model/item.ts";
import type { StoreKeys } from "../store/keys.ts";

/** The items of a document the feed's seen-set did not know as they are now. */
export interface UnseenItems {
  fresh: Item[];
  /** How many items the seen-set knew unchanged: they skip tagging, dedup and the store. */
  unchanged: number;
  /** Writes the seen-set once the fresh items are stored, never before: a failed store is redone. */
  remember(): Promise<void>;
}

/** 72 bits: a changed item is taken for unchanged about once in 10^21 changes. */
const HASH_CHARS = 12;

/**
 * What an item's stored form is made from: the item and its feed's name (a source carries it).
 * An undated item's `published` is the poll's time, new at every poll, so it is left out.
 */
function contentHash(item: Item, feedName: string | null, now: Date): string {
  const published = item.published === now.toISOString() ? null : item.published;
  return createHash("sha1")
    .update(JSON.stringify([feedName, { ...item, published }]))
    .digest("base64url")
    .slice(0, HASH_CHARS);
}

/**
 * Sorts a changed feed's items into those stored before exactly as they are (one HMGET on the
 * feed's seen-set) and the rest. Most polls of a changed feed bring a few new items among many
 * known ones, and the known ones would otherwise be tagged, fingerprinted and saved again to
 * change nothing. Tagging rules and feed hints that change are applied to stored stories by
 * the re-tagging run, not by re-polls, so the hash need not cover them.
 *
 * The seen-set is replaced, not added to, whenever a document brings something new: it then
 * holds that document's items only, so items gone from the feed leave it, and it expires a
 * retention after its last write. A lost seen-set costs work only: the store still knows each
 * item's story.
 */
export async function unseenItems(
  redis: Redis,
  keys: StoreKeys,
  feed: Pick<FeedConfig, "id" | "name">,
  items: Item[],
  now: Date,
  retentionMs: number,
): Promise<UnseenItems> {
  if (items.length === 0) return { fresh: [], unchanged: 0, remember: async () => {} };
  const key = keys.feedSeen(feed.id);
  const hashes = items.map((item) => contentHash(item, feed.name ?? null, now));
  const known = await redis.hmget(key, ...items.map((item) => item.id));
  const fresh = items.filter((_, position) => known[position] !== hashes[position]);
  const remember = async () => {
    if (fresh.length === 0) return;
    const fields = items.flatMap((item, position) => [item.id, hashes[position] as string]);
    await redis
      .multi()
      .del(key)
      .hset(key, ...fields)
      .pexpire(key, retentionMs)
      .exec();
  };
  return { fresh, unchanged: items.length - fresh.length, remember };
}
