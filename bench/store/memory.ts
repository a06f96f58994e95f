import type { Redis } from "ioredis";
import { type StoryReport, saveReport } from "../../src/store/stories.ts";
import { redisInfo } from "../lib/redis-server.ts";
import { BENCH_KEYS, RETENTION_MS } from "./reports.ts";

export interface StoreMemory {
  stories: number;
  bytesPerStory: number;
  /** What the same stories weigh as the JSON the store is handed (item, source, tags per report). */
  jsonBytesPerStory: number;
}

/** Saves every report into an empty Redis and divides the memory it grew by by the stories made. */
export async function storeMemory(redis: Redis, reports: StoryReport[], now: Date): Promise<StoreMemory> {
  await redis.flushall();
  const before = (await redisInfo(redis)).usedMemory;
  for (let start = 0; start < reports.length; start += 200) {
    await Promise.all(
      reports
        .slice(start, start + 200)
        .map((report) => saveReport(redis, BENCH_KEYS, report, now, RETENTION_MS)),
    );
  }
  const after = (await redisInfo(redis)).usedMemory;
  const stories = new Set(reports.map((report) => report.storyId)).size;
  const json = reports.reduce(
    (sum, { item, source, tags }) =>
      sum + JSON.stringify(item).length + JSON.stringify(source).length + JSON.stringify(tags).length,
    0,
  );
  return { stories, bytesPerStory: (after - before) / stories, jsonBytesPerStory: json / stories };
}
