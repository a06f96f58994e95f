import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { Redis } from "ioredis";
import { benchConfig } from "./lib/bench-config.ts";
import { type Figure, figure, table } from "./lib/figure.ts";
import { rssBytes } from "./lib/proc.ts";
import { startPrivateRedis } from "./lib/redis-server.ts";
import { spawnWorker, writeConfig } from "./lib/worker-process.ts";
import { startMemoryFixture } from "./poll/fixture-process.ts";
import { PollProgress } from "./poll/progress.ts";

const FEEDS = 40;
const MB = 2 ** 20;
/** Long enough for the threads' heaps to settle after the first polls (GC, memory reducer). */
const SETTLE_MS = 10_000;

interface Settled {
  rss: number;
  /** Seconds from spawning the worker until its processing threads were ready. */
  startUp: number;
  /** Seconds of that from constructing the threads (gazetteer built, every thread loaded and warm). */
  threadsReady: number;
}

/** VmRSS of the worker once every feed was polled (each thread has tagged items) and it settled. */
async function settled(threads: number, redisUrl: string, fixtureUrl: string): Promise<Settled> {
  const prefix = `{bench-threads-${threads}}`;
  const progress = new PollProgress(redisUrl, prefix);
  const worker = spawnWorker({
    configPath: writeConfig({ ...benchConfig(FEEDS, fixtureUrl), processing: { threads } }),
    redisUrl,
    prefix,
  });
  try {
    await worker.reconciled;
    const ready = await worker.threadsReady;
    await progress.reached(FEEDS);
    await sleep(SETTLE_MS);
    return {
      rss: rssBytes(worker.pid) / MB,
      startUp: ready.sinceSpawnMs / 1000,
      threadsReady: ready.poolMs / 1000,
    };
  } finally {
    await worker.stop();
    await progress.close();
  }
}

/**
 * Issue 11: the poller's RSS with 1, 2 and 4 processing threads, each of which tags with the
 * gazetteer, started as `npm start` starts its poller (`node --import tsx src/main.ts worker`),
 * against a real Redis and a local feed server. The reference is the one-thread worker: the
 * ratio says what each further thread costs.
 */
export async function benchThreadMemory(counts: readonly number[] = [1, 2, 4]): Promise<Figure[]> {
  const redis = await startPrivateRedis();
  const fixture = await startMemoryFixture(FEEDS);
  try {
    const runs = new Map<number, Settled>();
    for (const threads of counts) {
      runs.set(threads, await settled(threads, redis.url, fixture.url));
      const client = new Redis(redis.url);
      await client.flushall();
      client.disconnect();
    }
    const one = runs.get(counts[0] ?? 1)?.rss ?? Number.NaN;
    return counts.flatMap((threads) => {
      const run = runs.get(threads);
      return [
        figure("threads", `worker RSS, ${threads} processing thread(s)`, run?.rss ?? Number.NaN, "MB", {
          reference: { name: `${counts[0]} thread(s)`, value: one, unit: "MB" },
          note: `${FEEDS} feeds of 20 items polled once, then ${SETTLE_MS / 1000} s idle`,
        }),
        figure("threads", `start-up, ${threads} processing thread(s)`, run?.startUp ?? Number.NaN, "s", {
          note: `spawned → processing threads ready; ${run?.threadsReady.toFixed(1)} s of it from the threads' construction`,
        }),
      ];
    });
  } finally {
    await fixture.stop();
    await redis.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const counts = process.argv.slice(2).map(Number);
  console.log(table(await benchThreadMemory(counts.length > 0 ? counts : undefined)));
}
