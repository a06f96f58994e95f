import type { Redis } from "ioredis";
import { type StoryReport, saveReport } from "../../src/store/stories.ts";
import { BENCH_KEYS, RETENTION_MS } from "./reports.ts";

/** Items per second saved one command at a time: each save waits for the one before. */
export async function ingestOneByOne(redis: Redis, reports: StoryReport[], now: Date): Promise<number> {
  await redis.flushall();
  const started = performance.now();
  for (const report of reports) await saveReport(redis, BENCH_KEYS, report, now, RETENTION_MS);
  return reports.length / ((performance.now() - started) / 1000);
}

/**
 * Items per second with `inFlight` saves outstanding at once on an auto-pipelining client,
 * which is how the worker runs them (one poll's items together, many polls at once).
 */
export async function ingestPipelined(
  redis: Redis,
  reports: StoryReport[],
  now: Date,
  inFlight = 256,
): Promise<number> {
  await redis.flushall();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < reports.length; index = next++) {
      const report = reports[index];
      if (report) await saveReport(redis, BENCH_KEYS, report, now, RETENTION_MS);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return reports.length / ((performance.now() - started) / 1000);
}
