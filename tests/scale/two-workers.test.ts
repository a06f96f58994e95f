import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnWorker, type WorkerProcess, writeConfig } from "../../bench/lib/worker-process.ts";
import { dueKeys } from "../../src/jobs/due-feeds.ts";
import { readStatuses } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const FEEDS = 40;
const redis = connect();
// SITREP_PREFIX allows no ":", so this prefix is built without testPrefix's separators.
const prefix = `sitrep-test-scale-${randomUUID().slice(0, 8)}`;
const feedIds = Array.from({ length: FEEDS }, (_, index) => `feed-${index}`);
const requests = new Map<string, number>();
const workers: WorkerProcess[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const id = req.url?.slice(1) ?? "";
    requests.set(id, (requests.get(id) ?? 0) + 1);
    res.writeHead(200, { "content-type": "application/rss+xml", etag: `"${id}"` });
    res.end(
      rssFeed(`Feed ${id}`, [
        {
          id: `${id}-levee`,
          title: `Levee ${id} gives way after a week of rain in the delta`,
          summary: `Crews from district ${id} worked through the night to fill sandbags.`,
          published: new Date().toISOString(),
        },
      ]),
    );
  });
  const configPath = writeConfig({
    defaultInterval: "1m",
    allowPrivateHosts: ["127.0.0.1"],
    feeds: feedIds.map((id) => ({ id, url: `${server.url}/${id}` })),
  });
  for (let index = 0; index < 2; index++) {
    workers.push(spawnWorker({ configPath, redisUrl: REDIS_URL, prefix }));
  }
});

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** Polls a condition without a clock: a bounded number of tries, each a short sleep apart. */
async function until(probe: () => Promise<boolean>, what: string, tries = 600): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (await probe()) return;
    await sleep(100);
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("two worker processes on one Redis", () => {
  it("poll every feed exactly once in the first cycle", { timeout: 90_000 }, async () => {
    const keys = storeKeys(prefix);
    await until(async () => {
      const statuses = await readStatuses(redis, keys, feedIds);
      return statuses.every((status) => status.lastSuccessAt !== null);
    }, "every feed's first poll");
    // Both workers reconcile the schedules at start; a feed due twice would be polled again
    // once both have, so wait for that and for every feed's next tick, a minute on, to be set.
    await Promise.all(workers.map((worker) => worker.reconciled));
    const statuses = await readStatuses(redis, keys, feedIds);
    await until(async () => {
      const due = await redis.zmscore(dueKeys(prefix).due, ...feedIds);
      return due.every((score, index) => {
        const attempted = Date.parse(statuses[index]?.lastAttemptAt ?? "");
        return Number(score) - attempted > 45_000;
      });
    }, "every feed's next tick");
    expect(workers.every((worker) => worker.child.exitCode === null)).toBe(true);
    expect(Object.fromEntries(requests)).toEqual(Object.fromEntries(feedIds.map((id) => [id, 1])));
  });
});
