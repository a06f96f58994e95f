import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { BUCKET_LIMIT, type ExactHit, type StoredStory } from "./decide.ts";
import { bandHash } from "./minhash.ts";
import type { StoryText } from "./same-story.ts";

/**
 * Band writes bump one of this many version keys. Sharing slots between bands keeps the key
 * count fixed; an unrelated write in the same slot only costs the writer a retry.
 */
const VERSION_SLOTS = 1024;

/** Every key the Redis index uses, all under `${prefix}:dedup:`. */
export function dedupKeys(prefix: string) {
  const key = (kind: string, id: string) => `${prefix}:dedup:${kind}:${id}`;
  return {
    /** The newest reports of a story, as StoryText JSON. */
    story: (storyId: string) => key("s", storyId),
    /** Hashed, because URLs and guids can be long and hold any character. */
    exact: (exactKey: string) => key("x", createHash("sha1").update(exactKey).digest("base64url")),
    /** Stories filed under a band, scored by their latest report's time. */
    band: (band: string) => key("b", band),
    version: (band: string) => key("v", String(bandHash(band) % VERSION_SLOTS)),
  };
}
export type DedupKeys = ReturnType<typeof dedupKeys>;

/** What one decision rests on; commit.lua checks the exact values and versions again. */
export interface Snapshot {
  exactHit: ExactHit | null;
  exactValues: string[];
  versions: string[];
  bandHits: string[];
}

/** One MULTI, so exact keys, versions and buckets are read as of one moment. */
export async function readSnapshot(
  redis: Redis,
  keys: DedupKeys,
  read: { itemId: string; exactKeys: string[]; versionKeys: string[]; bands: string[]; since: number },
): Promise<Snapshot> {
  const tx = redis.multi().exists(keys.story(read.itemId));
  for (const key of read.exactKeys) tx.get(keys.exact(key));
  for (const key of read.versionKeys) tx.get(key);
  for (const band of read.bands) {
    tx.zrange(keys.band(band), "+inf", read.since, "BYSCORE", "REV", "LIMIT", 0, BUCKET_LIMIT);
  }
  const values = ((await tx.exec()) ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
  const [ownStory, ...rest] = values;
  const strings = (from: number, to: number) =>
    rest.slice(from, to).map((value) => (value as string | null) ?? "");
  const exactCount = read.exactKeys.length;
  const exactValues = strings(0, exactCount);
  const versions = strings(exactCount, exactCount + read.versionKeys.length);
  const bandHits = rest.slice(exactCount + read.versionKeys.length).flat() as string[];
  const hitAt = exactValues.findIndex((value) => value !== "");
  // A story under this item's id means this item created it, even if its item key expired.
  let exactHit: ExactHit | null = null;
  if (ownStory === 1) exactHit = { key: `item:${read.itemId}`, storyId: read.itemId };
  else if (hitAt >= 0) exactHit = { key: read.exactKeys[hitAt] ?? "", storyId: exactValues[hitAt] ?? "" };
  return { exactHit, exactValues, versions, bandHits };
}

const MemberSchema = z.object({
  language: z.string().nullable(),
  tokens: z.array(z.number().int()),
  names: z.array(z.string()),
  at: z.number(),
});

/** A member that does not parse is skipped: the story stays findable through its other members. */
function parseMember(raw: string): StoryText[] {
  try {
    const parsed = MemberSchema.safeParse(JSON.parse(raw));
    return parsed.success ? [parsed.data] : [];
  } catch {
    return [];
  }
}

export async function loadStories(redis: Redis, keys: DedupKeys, storyIds: string[]): Promise<StoredStory[]> {
  if (storyIds.length === 0) return [];
  const tx = redis.pipeline();
  for (const storyId of storyIds) tx.lrange(keys.story(storyId), 0, -1);
  const replies = (await tx.exec()) ?? [];
  return storyIds.map((storyId, index) => {
    const [error, raw] = replies[index] ?? [null, []];
    if (error) throw error;
    return { storyId, members: (raw as string[]).flatMap(parseMember) };
  });
}
