import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { DedupKeys } from "../store/keys.ts";
import { BUCKET_LIMIT, type StoredStory } from "./decide.ts";
import type { StoryText } from "./same-story.ts";

/** What the first read of one decision found. */
export interface Snapshot {
  /**
   * The stories the item's own story and its exact keys name, in order of precedence, each once;
   * the item's own story (key index 0) needs no vouching.
   */
  exactHits: { storyId: string; keyIndex: number }[];
  /** Per band, in band order: the ids its bucket holds within the window, newest first. */
  buckets: string[][];
}

/**
 * One round trip. It need not be atomic: commit.lua settles exact keys itself and checks that
 * the candidates ranked from these buckets are still the ones.
 */
export async function readSnapshot(
  redis: Redis,
  keys: DedupKeys,
  read: { itemId: string; exactKeys: string[]; bands: string[]; since: number },
): Promise<Snapshot> {
  const tx = redis.pipeline().exists(keys.story(read.itemId));
  for (const key of read.exactKeys) tx.get(keys.exact(key));
  for (const band of read.bands) {
    tx.zrange(keys.band(band), "+inf", read.since, "BYSCORE", "REV", "LIMIT", 0, BUCKET_LIMIT);
  }
  const [ownStory, ...rest] = ((await tx.exec()) ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
  const exactCount = read.exactKeys.length;
  const named = (rest.slice(0, exactCount) as (string | null)[]).map((storyId, index) => ({
    storyId,
    keyIndex: index + 1,
  }));
  const hits = [...(ownStory === 1 ? [{ storyId: read.itemId, keyIndex: 0 }] : []), ...named].filter(
    (hit): hit is { storyId: string; keyIndex: number } => hit.storyId !== null,
  );
  return {
    exactHits: hits.filter(
      (hit, index) => hits.findIndex((other) => other.storyId === hit.storyId) === index,
    ),
    buckets: rest.slice(exactCount) as string[][],
  };
}

/** A candidate story as read, with what commit.lua compares to see whether it changed since. */
export interface LoadedStory extends StoredStory {
  length: number;
  head: string;
}

const MemberSchema = z.object({
  language: z.string().nullable(),
  tokens: z.array(z.number().int()),
  headline: z.array(z.number().int()).optional(),
  lead: z.number().int().optional(),
  names: z.array(z.string()),
  at: z.number(),
  feed: z.string().optional(),
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

export async function loadStories(redis: Redis, keys: DedupKeys, storyIds: string[]): Promise<LoadedStory[]> {
  if (storyIds.length === 0) return [];
  const tx = redis.pipeline();
  for (const storyId of storyIds) tx.lrange(keys.story(storyId), 0, -1);
  const replies = (await tx.exec()) ?? [];
  return storyIds.map((storyId, index) => {
    const [error, value] = replies[index] ?? [null, []];
    if (error) throw error;
    const raw = value as string[];
    return { storyId, members: raw.flatMap(parseMember), length: raw.length, head: raw[0] ?? "" };
  });
}

/**
 * What commit.lua compares a candidate by: a report added changes the length, or the head once
 * the list is full, unless it repeats the head word for word, which adds nothing to compare.
 */
export const storyMark = (story: LoadedStory) => `${story.length} ${story.head}`;

/** The candidates' marks, hashed as commit.lua hashes them: the two texts must stay the same. */
export function candidatesDigest(stories: LoadedStory[]): string {
  return createHash("sha1").update(stories.map(storyMark).join("\n")).digest("hex");
}
