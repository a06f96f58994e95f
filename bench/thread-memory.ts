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

/** VmRSS of the worker once every feed was polled (each thread has tagged items) and it settled. */
async function settledRss(threads: number, redisUrl: string, fixtureUrl: string): Promise<number> {
  const prefix = `{bench-threads-${threads}}`;
  const progress = new PollProgress(redisUrl, prefix);
  const worker = spawnWorker({
    configPath: writeConfig({ ...benchConfig(FEEDS, fixtureUrl), processing: { threads } }),
    redisUrl,
    prefix,
  });
  try {
    await worker.reconciled;
    await progress.reached(FEEDS);
    await sleep(SETTLE_MS);
    return rssBytes(worker.pid);
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
    const rss = new Map<number, number>();
    for (const threads of counts) {
      rss.set(threads, (await settledRss(threads, redis.url, fixture.url)) / MB);
      const client = new Redis(redis.url);
      await client.flushall();
      client.disconnect();
    }
    const one = rss.get(counts[0] ?? 1) ?? Number.NaN;
    return counts.map((threads) =>
      figure("threads", `worker RSS, ${threads} processing thread(s)`, rss.get(threads) ?? Number.NaN, "MB", {
        reference: { name: `${counts[0]} thread(s)`, value: one, unit: "MB" },
        note: `${FEEDS} feeds of 20 items polled once, then ${SETTLE_MS / 1000} s idle`,
      }),
    );
  } finally {
    await fixture.stop();
    await redis.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const counts = process.argv.slice(2).map(Number);
  console.log(table(await benchThreadMemory(counts.length > 0 ? counts : undefined)));
}
