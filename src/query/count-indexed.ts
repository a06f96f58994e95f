import type { Redis } from "ioredis";
import type { StoreKeys } from "../store/keys.ts";
import type { StoryFilter } from "./filter.ts";
import { scoreBound, TEMP_TTL_MS, windowOf, withNarrowed } from "./find-stories.ts";

export interface IndexCounts {
  /** Stories in the filtered set. */
  total: number;
  /** For each key asked about, in order: how many of those stories it holds. */
  counts: number[];
}

async function replies(pipeline: ReturnType<Redis["pipeline"]>): Promise<number[]> {
  return ((await pipeline.exec()) ?? []).map(([error, reply]) => {
    if (error) throw error;
    return Number(reply);
  });
}

/**
 * How many stories each index key holds, among those the filter's indexed parameters and
 * time window allow (its text filters and limit are not applied). Without indexed
 * parameters every count is one ZCARD or ZCOUNT, whatever the number of stories. With them,
 * the filtered set is intersected with each key that is not empty, which costs about the
 * smaller of the two sets: cheap for a narrow filter, up to one pass over the indexes for a
 * filter that keeps nearly everything.
 */
export function countIndexed(
  redis: Redis,
  keys: StoreKeys,
  indexKeys: readonly string[],
  filter: StoryFilter,
): Promise<IndexCounts> {
  const window = windowOf(filter);
  const [min, max] = [scoreBound(window.min), scoreBound(window.max)];
  const windowed = Number.isFinite(window.min) || Number.isFinite(window.max);
  return withNarrowed(redis, keys, filter, async ({ source, temp }) => {
    if (source === keys.timeline) {
      const pipeline = redis.pipeline();
      for (const key of [source, ...indexKeys]) {
        if (windowed) pipeline.zcount(key, min, max);
        else pipeline.zcard(key);
      }
      const [total = 0, ...counts] = await replies(pipeline);
      return { total, counts };
    }
    let within = source;
    if (windowed) {
      within = temp("window");
      await redis
        .multi()
        .zrangestore(within, source, min, max, "BYSCORE")
        .pexpire(within, TEMP_TTL_MS)
        .exec();
    }
    const sizes = redis.pipeline().zcard(within);
    for (const key of indexKeys) sizes.zcard(key);
    const [total = 0, ...lengths] = await replies(sizes);
    const scratch = temp("count");
    const present = indexKeys.filter((_, index) => total > 0 && (lengths[index] ?? 0) > 0);
    const intersections = redis.pipeline();
    for (const key of present) intersections.zinterstore(scratch, 2, within, key);
    intersections.pexpire(scratch, TEMP_TTL_MS);
    const found = (await replies(intersections)).slice(0, present.length);
    const byKey = new Map(present.map((key, index) => [key, found[index] ?? 0]));
    return { total, counts: indexKeys.map((key) => byKey.get(key) ?? 0) };
  });
}
