import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Story } from "../model/story.ts";
import { matchesStory, type StoryFilter } from "../query/filter.ts";
import type { IndexKind, StoreKeys } from "./keys.ts";
import { loadStories } from "./stories.ts";

/** Text filters (q, exclude) are checked story by story; this bounds how far back one request reads. */
const MAX_SCANNED = 5000;
/** Intermediate sets are deleted after the request; the expiry only covers a crash mid-request. */
const TEMP_TTL_MS = 60_000;

/**
 * Narrows the timeline with the indexes Redis holds (OR within a parameter, AND across
 * them), then reads newest first and applies the remaining text filters until `limit`
 * stories match. Repeated requests are made cheap one level up, by the API's rendering cache.
 */
export async function queryStories(redis: Redis, keys: StoreKeys, filter: StoryFilter): Promise<Story[]> {
  const dimensions: [IndexKind, string[]][] = [
    ["country", filter.countries],
    ["region", filter.regions],
    ["crisis", filter.crises],
    ["lang", filter.languages],
    ["feed", filter.feeds],
  ];
  const temps: string[] = [];
  try {
    const sets: string[] = [];
    for (const [kind, values] of dimensions) {
      if (values.length > 0)
        sets.push(
          await combine(
            redis,
            keys,
            temps,
            "union",
            values.map((v) => keys.index(kind, v)),
          ),
        );
    }
    const source = sets.length === 0 ? keys.timeline : await combine(redis, keys, temps, "inter", sets);
    return await readNewest(redis, keys, source, filter);
  } finally {
    if (temps.length > 0) await redis.unlink(...temps);
  }
}

async function readNewest(
  redis: Redis,
  keys: StoreKeys,
  source: string,
  filter: StoryFilter,
): Promise<Story[]> {
  const max = filter.until ? filter.until.getTime() : "+inf";
  const min = filter.since ? filter.since.getTime() : "-inf";
  const found: Story[] = [];
  const batch = Math.max(filter.limit * 2, 50);
  for (let offset = 0; found.length < filter.limit && offset < MAX_SCANNED; offset += batch) {
    const ids = await redis.zrange(source, max, min, "BYSCORE", "REV", "LIMIT", offset, batch);
    for (const story of await loadStories(redis, keys, ids)) {
      if (found.length < filter.limit && matchesStory(filter, story)) found.push(story);
    }
    if (ids.length < batch) break;
  }
  return found;
}

async function combine(
  redis: Redis,
  keys: StoreKeys,
  temps: string[],
  op: "union" | "inter",
  sources: string[],
): Promise<string> {
  if (sources.length === 1) return sources[0] as string;
  const target = keys.temp(`${op}:${randomUUID()}`);
  temps.push(target);
  const multi = redis.multi();
  if (op === "union") multi.zunionstore(target, sources.length, ...sources, "AGGREGATE", "MAX");
  else multi.zinterstore(target, sources.length, ...sources, "AGGREGATE", "MAX");
  multi.pexpire(target, TEMP_TTL_MS);
  await multi.exec();
  return target;
}
