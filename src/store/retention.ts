import type { Redis } from "ioredis";
import type { StoreKeys } from "./keys.ts";

/**
 * Deletes stories whose first report is older than the cutoff, with their index entries.
 * Works in batches so a large backlog never blocks Redis for long. Returns how many went.
 */
export async function trimStories(redis: Redis, keys: StoreKeys, cutoff: Date, batch = 500): Promise<number> {
  let removed = 0;
  // An event's own keys expire a retention after its last write; only the index needs trimming.
  await redis.zremrangebyscore(keys.events, "-inf", cutoff.getTime());
  for (;;) {
    const ids = await redis.zrangebyscore(keys.timeline, "-inf", cutoff.getTime(), "LIMIT", 0, batch);
    if (ids.length === 0) return removed;
    const indexLists = await redis.pipeline(ids.map((id) => ["hget", keys.story(id), "indexes"])).exec();
    const multi = redis.multi();
    ids.forEach((id, position) => {
      const raw = indexLists?.[position]?.[1];
      const indexes = typeof raw === "string" ? (JSON.parse(raw) as unknown) : [];
      for (const key of Array.isArray(indexes) ? (indexes as string[]) : []) multi.zrem(key, id);
      multi.zrem(keys.timeline, id);
      multi.unlink(keys.story(id), keys.storySources(id));
    });
    multi.incr(keys.version);
    await multi.exec();
    removed += ids.length;
  }
}
