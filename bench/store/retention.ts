import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { trimStories } from "../../src/store/retention.ts";
import { type StoryReport, saveReport } from "../../src/store/stories.ts";
import { redisInfo } from "../lib/redis-server.ts";
import { BENCH_KEYS } from "./reports.ts";

export interface RetentionRun {
  /** used_memory (bytes) around 10% and at 100% of the run. */
  early: number;
  late: number;
  saved: number;
}

const TICK_MS = 50;

/** A report made unique for one moment of the run, published then. */
function relive(report: StoryReport, round: number, now: Date): StoryReport {
  const published = now.toISOString();
  const item = { ...report.item, id: `${report.item.id}#${round}`, published };
  return {
    ...report,
    storyId: `${report.storyId}#${round}`,
    item,
    source: { ...report.source, itemId: item.id, published },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A long run compressed in time: items arrive at a steady rate, retention is `retentionMs`
 * (a second stands in for weeks) and the sweep runs five times per retention period, as
 * the worker's does. Flat memory between 10% and 100% of the run means nothing outlives it.
 */
export async function retentionRun(
  redis: Redis,
  reports: StoryReport[],
  opts: { durationMs: number; retentionMs: number; itemsPerSecond: number },
): Promise<RetentionRun> {
  await redis.flushall();
  const perTick = Math.max(1, Math.round((opts.itemsPerSecond * TICK_MS) / 1000));
  const samples: { at: number; bytes: number }[] = [];
  const started = Date.now();
  let saved = 0;
  let lastSweep = started;
  while (Date.now() - started < opts.durationMs) {
    const now = new Date();
    const batch = Array.from({ length: perTick }, (_, index) => {
      const source = reports[(saved + index) % reports.length] as StoryReport;
      return relive(source, saved + index, now);
    });
    await Promise.all(batch.map((report) => saveReport(redis, BENCH_KEYS, report, now, opts.retentionMs)));
    saved += batch.length;
    if (now.getTime() - lastSweep >= opts.retentionMs / 5) {
      await trimStories(redis, BENCH_KEYS, new Date(now.getTime() - opts.retentionMs));
      lastSweep = now.getTime();
    }
    samples.push({
      at: (Date.now() - started) / opts.durationMs,
      bytes: (await redisInfo(redis)).usedMemory,
    });
    await sleep(TICK_MS);
  }
  const around = (low: number, high: number) =>
    median(samples.filter((sample) => sample.at >= low && sample.at <= high).map((sample) => sample.bytes));
  return { early: around(0.08, 0.12), late: around(0.96, 1), saved };
}
