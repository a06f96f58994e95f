import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { Draft } from "../normalise/normalise-item.ts";
import type { StoreKeys } from "../store/keys.ts";

/**
 * The feed's seen-set: each item id of the last document that brought something new, with a
 * short hash of the item as it was stored. Most polls of a changed feed bring a few new items
 * among many known ones, which would otherwise be tagged, fingerprinted and saved again to
 * change nothing; nor are they sanitised (see `Draft`). Tagging rules and feed hints that change are applied to stored stories by the
 * re-tagging run, not by re-polls, so the hash need not cover them.
 */
export type SeenSet = Record<string, string>;

/** The items of a document the seen-set did not know as they are now. */
export interface UnseenItems {
  fresh: Draft[];
  /** How many items the seen-set knew unchanged: they skip tagging, dedup and the store. */
  unchanged: number;
  /** Every item's id and hash, for `rememberSeen` once the fresh ones are stored. */
  hashes: [string, string][];
}

/** 72 bits: a changed item is taken for unchanged about once in 10^21 changes. */
const HASH_CHARS = 12;

/**
 * What an item's stored form is made from: its draft, the base its content resolves against
 * (the two decide its sanitised content) and its feed's name (a source carries it). An undated
 * item's `published` is the poll's time, new at every poll, so it is left out.
 */
function contentHash({ item, base }: Draft, feedName: string | null, now: Date): string {
  const published = item.published === now.toISOString() ? null : item.published;
  return createHash("sha1")
    .update(JSON.stringify([feedName, base, { ...item, published }]))
    .digest("base64url")
    .slice(0, HASH_CHARS);
}

/** Sorts a document's drafts into those stored before exactly as they are and the rest (pure). */
export function sortUnseen(drafts: Draft[], seen: SeenSet, feedName: string | null, now: Date): UnseenItems {
  const hashes = drafts.map((draft): [string, string] => [draft.item.id, contentHash(draft, feedName, now)]);
  const fresh = drafts.filter((draft, position) => seen[draft.item.id] !== hashes[position]?.[1]);
  return { fresh, unchanged: drafts.length - fresh.length, hashes };
}

/** One HGETALL: the set is bounded by one document's items. */
export async function readSeen(redis: Redis, keys: StoreKeys, feedId: string): Promise<SeenSet> {
  return redis.hgetall(keys.feedSeen(feedId));
}

/**
 * The seen-set's new entries (item id, hash, item id, hash...), or null when the document brought
 * nothing new. Written in the commit that stores the fresh items (commit-feed.ts), never before,
 * so a failed store is redone. The set is replaced, not added to: it then holds that document's
 * items only, so items gone from the feed leave it, and it expires a retention after its last
 * write. A lost seen-set costs work only: the store still knows each item's story.
 */
export function seenEntries(unseen: Pick<UnseenItems, "unchanged" | "hashes">): string[] | null {
  return unseen.hashes.length === unseen.unchanged ? null : unseen.hashes.flat();
}
