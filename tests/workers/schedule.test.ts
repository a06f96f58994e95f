import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Claimed,
  claimDue,
  dueKeys,
  reconcileDue,
  renewLeases,
  settleDue,
} from "../../src/jobs/due-feeds.ts";
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

/** [member, score, member, score…] as [member, score] pairs. */
function chunk(flat: string[]): [string, number][] {
  const pairs: [string, number][] = [];
  for (let index = 0; index < flat.length; index += 2)
    pairs.push([flat[index] ?? "", Number(flat[index + 1])]);
  return pairs;
}

function newPrefix(name: string): string {
  const prefix = testPrefix(name);
  prefixes.push(prefix);
  return prefix;
}

/** Waits up to about 80 s: a worker's first poll waits for its processing thread, slow on a busy machine. */
async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 1600; attempt++) {
    const value = await probe();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("schedules", () => {
  it("reconciles with the config: new feeds due at once, removed ones gone, old job schedulers dropped", async () => {
    const prefix = newPrefix("schedules");
    const keys = dueKeys(prefix);
    const queue = createQueue(connect(), prefix);
    // A per-feed job scheduler, as versions before the due-time set made them.
    await queue.upsertJobScheduler("feed:a", { every: 60_000 }, { name: "poll", data: { feedId: "a" } });
    await reconcileSchedules(
      redis,
      keys,
      queue,
      config([
        { id: "a", interval: "1m" },
        { id: "b", interval: "2m" },
      ]),
    );
    const schedule = async () => Object.fromEntries(chunk(await redis.zrange(keys.due, 0, -1, "WITHSCORES")));
    const first = await schedule();
    expect(Object.keys(first).sort()).toEqual(["a", "b"]);
    expect((await queue.getJobSchedulers(0, -1)).map((entry) => entry.key)).toEqual([RETENTION_SCHEDULER]);

    const result = await reconcileSchedules(
      redis,
      keys,
      queue,
      config([
        { id: "a", interval: "5m" },
        { id: "c", interval: "1m" },
      ]),
    );
    expect(result.removed).toEqual(["b"]);
    const second = await schedule();
    expect(Object.keys(second).sort()).toEqual(["a", "c"]);
    // A known feed keeps its due time: every worker reconciles at start without polling it again.
    expect(second.a).toBe(first.a);
    // No orphan: the removed feed is never claimed again.
    const claimed = await claimDue(redis, keys, 10, 60_000);
    expect(claimed.feeds.map((feed) => feed.id).sort()).toEqual(["a", "c"]);
    await queue.close();
  });

  it("hands each due feed to one claim until its lease runs out", async () => {
    const keys = dueKeys(newPrefix("leases"));
    await reconcileDue(redis, keys, ["a", "b", "c", "d", "e"], 0);
    const ids = (claimed: Claimed) => claimed.feeds.map((feed) => feed.id);
    // A lease that has run out (here: one that ended as it began) hands the feed on.
    const lapsed = await claimDue(redis, keys, 1, -1);
    expect(ids(lapsed)).toEqual(["a"]);
    const one = await claimDue(redis, keys, 3, 60_000);
    const other = await claimDue(redis, keys, 3, 60_000);
    expect(ids(one)).toHaveLength(3);
    expect([...ids(one), ...ids(other)].sort()).toEqual(["a", "b", "c", "d", "e"]);
    const none = await claimDue(redis, keys, 3, 60_000);
    expect(none.feeds).toEqual([]);
    expect(none.nextDue).toBe(one.now + 60_000);
    await renewLeases(redis, keys, ["a"], one.now + 120_000);
    expect(Number(await redis.zscore(keys.due, "a"))).toBe(one.now + 120_000);
    // Renewal never brings a due time forward, and never adds a feed the config dropped.
    await renewLeases(redis, keys, ["a", "gone"], 1);
    expect(Number(await redis.zscore(keys.due, "a"))).toBe(one.now + 120_000);
    expect(await redis.zscore(keys.due, "gone")).toBeNull();
  });

  it("claims the longest-due feeds first, so none starves however small the batches", async () => {
    const keys = dueKeys(newPrefix("fairness"));
    const feeds = Array.from({ length: 10 }, (_, index) => `f${index}`);
    await reconcileDue(redis, keys, feeds, 0);
    const order: string[] = [];
    for (let round = 1; round <= 10; round++) {
      const claimed = await claimDue(redis, keys, 3, 60_000);
      expect(claimed.feeds).toHaveLength(3);
      order.push(...claimed.feeds.map((feed) => feed.id));
      // Each polled feed falls due again at once, later than every feed still waiting.
      await settleDue(
        redis,
        keys,
        claimed.feeds.map((feed) => ({
          id: feed.id,
          leasedUntil: claimed.now + 60_000,
          dueAt: round,
          tries: 0,
          wasRetrying: false,
        })),
      );
    }
    // Every feed is claimed once before any is claimed again; after that a batch's feeds share a
    // due time, whose ties Redis breaks by name, so a feed may come one batch late, never later.
    expect(new Set(order.slice(0, feeds.length)).size).toBe(feeds.length);
    const counts = feeds.map((id) => order.filter((claimed) => claimed === id).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  });

  it("keeps a retried tick's attempts, clears them when the tick is over, and settles only a lease still held", async () => {
    const keys = dueKeys(newPrefix("tries"));
    await reconcileDue(redis, keys, ["a"], 0);
    const claim = async () => {
      const claimed = await claimDue(redis, keys, 1, 60_000);
      return { feeds: claimed.feeds, leasedUntil: claimed.now + 60_000 };
    };
    const first = await claim();
    expect(first.feeds).toEqual([{ id: "a", tries: 0 }]);
    await settleDue(redis, keys, [
      { id: "a", leasedUntil: first.leasedUntil, dueAt: 1, tries: 1, wasRetrying: false },
    ]);
    const retry = await claim();
    expect(retry.feeds).toEqual([{ id: "a", tries: 1 }]);
    await settleDue(redis, keys, [
      { id: "a", leasedUntil: retry.leasedUntil, dueAt: 2, tries: 0, wasRetrying: true },
    ]);
    const next = await claim();
    expect(next.feeds).toEqual([{ id: "a", tries: 0 }]);
    expect(await redis.exists(keys.tries)).toBe(0);
    // A feed put back due at once while it was polled (Redis came back empty, say) keeps that.
    await reconcileDue(redis, keys, [], 0);
    await reconcileDue(redis, keys, ["a"], 5);
    await settleDue(redis, keys, [
      { id: "a", leasedUntil: next.leasedUntil, dueAt: 3, tries: 0, wasRetrying: false },
    ]);
    expect(Number(await redis.zscore(keys.due, "a"))).toBe(5);
  });

  it("polls each feed again after its own interval", { timeout: 180_000 }, async () => {
    const prefix = newPrefix("intervals");
    const keys = storeKeys(prefix);
    const worker = await startWorker(
      config([
        { id: "north", interval: "1m" },
        { id: "south", interval: "1h" },
      ]),
      { redisUrl: REDIS_URL, prefix, log },
    );
    try {
      const sinceAttempt = async (id: string) => {
        const { lastAttemptAt } = await readStatus(redis, keys, id);
        const due = await redis.zscore(dueKeys(prefix).due, id);
        // Settled: the due time no longer holds the lease but the next tick.
        return lastAttemptAt && due && Number(due) - Date.parse(lastAttemptAt) > 40_000
          ? Number(due) - Date.parse(lastAttemptAt)
          : null;
      };
      const north = await until(() => sinceAttempt("north"), "north's next due time");
      const south = await until(() => sinceAttempt("south"), "south's next due time");
      // Counted from the claim, which comes just before the poll's start.
      expect(north).toBeLessThanOrEqual(60_000);
      expect(south).toBeLessThanOrEqual(3_600_000);
      expect(south).toBeGreaterThan(3_600_000 - 30_000);
    } finally {
      await worker.close();
    }
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
