import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, RETENTION_SCHEDULER } from "../../src/jobs/queue.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { reconcileSchedules } from "../../workers/scheduler.ts";
import { startWorker } from "../../workers/worker.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const redis = connect();
const prefixes: string[] = [];
const log = pino({ level: "silent" });
let server: TestServer;

// Distinct stories, so the dedup stage keeps them apart.
const HEADLINES: Record<string, { title: string; summary: string }> = {
  north: {
    title: "Ferry service resumes between the northern islands",
    summary: "Storm damage to the pier was repaired.",
  },
  south: {
    title: "Wheat harvest in the south falls short of forecasts",
    summary: "Farmers blame a dry spring.",
  },
  east: {
    title: "New metro line opens in the eastern suburbs",
    summary: "Twelve stations connect three districts.",
  },
};

const config = (feeds: { id: string; interval: string }[]) =>
  validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: feeds.map((feed) => ({ ...feed, url: `${server.url}/${feed.id}.xml` })),
    },
    "test",
  );

beforeAll(async () => {
  server = await startServer((req, res) => {
    const id = req.url?.replace(/^\/|\.xml$/g, "") ?? "";
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(
      rssFeed(`Feed ${id}`, [
        {
          id: `${id}-1`,
          ...(HEADLINES[id] ?? { title: id, summary: id }),
          published: new Date().toISOString(),
        },
      ]),
    );
  });
});

afterAll(async () => {
  await server.close();
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  await redis.quit();
});

function newPrefix(name: string): string {
  const prefix = testPrefix(name);
  prefixes.push(prefix);
  return prefix;
}

/** Waits up to about 40 s: a worker's first poll waits for its processing thread, slow on a busy machine. */
async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 800; attempt++) {
    const value = await probe();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("schedules", () => {
  it("reconciles with the config: new feeds start, removed ones stop, changed intervals apply", async () => {
    const prefix = newPrefix("schedules");
    const queue = createQueue(connect(), prefix);
    await reconcileSchedules(
      queue,
      config([
        { id: "a", interval: "1m" },
        { id: "b", interval: "2m" },
      ]),
    );
    const schedulers = async () =>
      Object.fromEntries((await queue.getJobSchedulers(0, -1)).map((entry) => [entry.key, entry.every]));
    expect(await schedulers()).toEqual({
      "feed:a": 60_000,
      "feed:b": 120_000,
      [RETENTION_SCHEDULER]: 600_000,
    });

    const result = await reconcileSchedules(
      queue,
      config([
        { id: "a", interval: "5m" },
        { id: "c", interval: "1m" },
      ]),
    );
    expect(result.removed).toEqual(["feed:b"]);
    expect(await schedulers()).toEqual({
      "feed:a": 300_000,
      "feed:c": 60_000,
      [RETENTION_SCHEDULER]: 600_000,
    });
    // No orphan: nothing is scheduled for the removed feed (a job already waiting is skipped when it runs).
    const delayed = await queue.getJobs(["delayed"]);
    expect(delayed.map((job) => job.data.feedId)).not.toContain("b");
    await queue.close();
  });

  it("a started worker polls every feed once right away, and a reload picks up a new feed", {
    timeout: 180_000,
  }, async () => {
    const prefix = newPrefix("worker");
    const keys = storeKeys(prefix);
    const worker = await startWorker(
      config([
        { id: "north", interval: "1h" },
        { id: "south", interval: "1h" },
      ]),
      {
        redisUrl: REDIS_URL,
        prefix,
        log,
      },
    );
    try {
      for (const id of ["north", "south"]) {
        await until(async () => (await readStatus(redis, keys, id)).lastSuccessAt, `first poll of ${id}`);
      }
      await worker.reload(
        config([
          { id: "north", interval: "1h" },
          { id: "east", interval: "1h" },
        ]),
      );
      await until(async () => (await readStatus(redis, keys, "east")).lastSuccessAt, "first poll of east");
      expect(await redis.zcard(keys.timeline)).toBe(3);
    } finally {
      await worker.close();
    }
  });
});
