import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Story } from "../model/story.ts";
import type { IndexKind, StoreKeys } from "../store/keys.ts";
import { loadStories } from "../store/stories.ts";
import type { Cursor } from "./cursor.ts";
import type { StoryFilter } from "./filter.ts";
import { matchesStory } from "./match.ts";

/** Text filters (q, exclude) are checked story by story; this bounds how far back one request reads. */
const MAX_SCANNED = 5000;
/** Intermediate sets are deleted after the request; the expiry only covers a crash mid-request. */
export const TEMP_TTL_MS = 60_000;

export interface StoryPage {
  stories: Story[];
  /** Where the next page starts; null when the scan reached the oldest matching story. */
  next: Cursor | null;
}

/** A sorted set of story ids to read from, and a way to make short-lived ones, deleted afterwards. */
export interface Narrowed {
  source: string;
  temp: (name: string) => string;
}

/**
 * Narrows the timeline with the indexes Redis holds (OR within a parameter, AND across
 * them), then reads newest first and applies the remaining text filters until `limit`
 * stories match. Repeated requests are made cheap one level up, by the API's rendering cache.
 */
export async function queryStories(redis: Redis, keys: StoreKeys, filter: StoryFilter): Promise<Story[]> {
  return (await queryStoryPage(redis, keys, filter, null)).stories;
}

/** Like queryStories, starting after `after` (null: from the newest), with where the next page starts. */
export function queryStoryPage(
  redis: Redis,
  keys: StoreKeys,
  filter: StoryFilter,
  after: Cursor | null,
): Promise<StoryPage> {
  return withNarrowed(redis, keys, filter, ({ source }) => readNewest(redis, keys, source, filter, after));
}

/**
 * Calls `read` with the set of stories the filter's indexed parameters (country, region,
 * crisis, lang, feed, tag) allow: the timeline itself when there are none. The time window
 * and the text filters are left to `read`.
 */
export async function withNarrowed<T>(
  redis: Redis,
  keys: StoreKeys,
  filter: StoryFilter,
  read: (narrowed: Narrowed) => Promise<T>,
): Promise<T> {
  const dimensions: [IndexKind, string[]][] = [
    ["country", filter.countries],
    ["region", filter.regions],
    ["crisis", filter.crises],
    ["lang", filter.languages],
    ["feed", filter.feeds],
    ["custom", filter.tags],
  ];
  const temps: string[] = [];
  const temp = (name: string) => {
    const key = keys.temp(`${name}:${randomUUID()}`);
    temps.push(key);
    return key;
  };
  try {
    const sets: string[] = [];
    for (const [kind, values] of dimensions) {
      if (values.length > 0)
        sets.push(
          await combine(
            redis,
            temp,
            "union",
            values.map((v) => keys.index(kind, v)),
          ),
        );
    }
    const source = sets.length === 0 ? keys.timeline : await combine(redis, temp, "inter", sets);
    return await read({ source, temp });
  } finally {
    if (temps.length > 0) await redis.unlink(...temps);
  }
}

/** The filter's time window in ms, open ends infinite. */
export function windowOf(filter: StoryFilter): { min: number; max: number } {
  return {
    min: filter.since ? filter.since.getTime() : Number.NEGATIVE_INFINITY,
    max: filter.until ? filter.until.getTime() : Number.POSITIVE_INFINITY,
  };
}

/** A score bound as ZRANGE BYSCORE and ZCOUNT take it. */
export function scoreBound(ms: number): string {
  if (ms === Number.POSITIVE_INFINITY) return "+inf";
  return ms === Number.NEGATIVE_INFINITY ? "-inf" : String(ms);
}

/**
 * The source's ids with their scores, newest first, in batches: within the window, and
 * strictly after `after` (equal scores are ordered by id, descending, as Redis orders them).
 */
async function* positions(
  redis: Redis,
  source: string,
  filter: StoryFilter,
  after: Cursor | null,
  batch: number,
): AsyncGenerator<Cursor[]> {
  const window = windowOf(filter);
  const min = scoreBound(window.min);
  let max = scoreBound(window.max);
  if (after !== null && after.score <= window.max) {
    if (after.score >= window.min) {
      const ties = await redis.zrange(source, after.score, after.score, "BYSCORE", "REV");
      const later = ties.filter((id) => id < after.id).map((id) => ({ score: after.score, id }));
      if (later.length > 0) yield later;
    }
    max = `(${after.score}`;
  }
  for (let offset = 0; ; offset += batch) {
    const reply = await redis.zrange(
      source,
      max,
      min,
      "BYSCORE",
      "REV",
      "LIMIT",
      offset,
      batch,
      "WITHSCORES",
    );
    const found: Cursor[] = [];
    for (let index = 0; index < reply.length; index += 2) {
      found.push({ id: reply[index] as string, score: Number(reply[index + 1]) });
    }
    if (found.length > 0) yield found;
    if (found.length < batch) return;
  }
}

async function readNewest(
  redis: Redis,
  keys: StoreKeys,
  source: string,
  filter: StoryFilter,
  after: Cursor | null,
): Promise<StoryPage> {
  const found: Story[] = [];
  let last: Cursor | null = null;
  let scanned = 0;
  let more = false;
  scan: for await (const batch of positions(redis, source, filter, after, Math.max(filter.limit * 2, 50))) {
    if (found.length >= filter.limit || scanned >= MAX_SCANNED) {
      more = true;
      break;
    }
    const loaded = await loadStories(
      redis,
      keys,
      batch.map((position) => position.id),
    );
    const stories = new Map(loaded.map((story) => [story.id, story]));
    for (const position of batch) {
      if (found.length >= filter.limit) {
        more = true;
        break scan;
      }
      const story = stories.get(position.id);
      if (story && matchesStory(filter, story)) found.push(story);
      last = position;
      scanned++;
    }
  }
  return { stories: found, next: more ? last : null };
}

async function combine(
  redis: Redis,
  temp: (name: string) => string,
  op: "union" | "inter",
  sources: string[],
): Promise<string> {
  if (sources.length === 1) return sources[0] as string;
  const target = temp(op);
  const multi = redis.multi();
  if (op === "union") multi.zunionstore(target, sources.length, ...sources, "AGGREGATE", "MAX");
  else multi.zinterstore(target, sources.length, ...sources, "AGGREGATE", "MAX");
  multi.pexpire(target, TEMP_TTL_MS);
  await multi.exec();
  return target;
}
