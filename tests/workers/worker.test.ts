import type { ServerResponse } from "node:http";
import type { Queue } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, POLL_JOB, POLL_JOB_OPTIONS, type PollJobData } from "../../src/jobs/queue.ts";
import { readCounters } from "../../src/metrics/counters.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { type StoreKeys, storeKeys } from "../../src/store/keys.ts";
import { startWorker, type WorkerRuntime } from "../../workers/worker.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { redisOptions, startRedisServer, waitFor } from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const HOUR = 3_600_000;
const redis = connect();
const log = pino({ level: "silent" });
const prefixes: string[] = [];
const runtimes: WorkerRuntime[] = [];
const queues: Queue<PollJobData>[] = [];

const stories = {
  wire: [
    {
      id: "bridge",
      title: "Flood waters close the old bridge across the river",
      summary: "Engineers will inspect the pillars once the level drops.",
      published: "2026-11-21T08:00:00Z",
    },
    {
      id: "harvest",
      title: "Grain harvest in the north ends two weeks late",
      summary: "Rain in September kept combines out of the fields.",
      published: "2026-11-21T09:00:00Z",
    },
  ],
  flaky: [
    {
      id: "ferry",
      title: "Ferry crossings resume after a three-day strike",
      summary: "The union accepted a pay offer late on Thursday.",
      published: "2026-11-21T07:00:00Z",
    },
  ],
};

/** Feeds that answer 500 for now; requests per feed. */
const failing = new Set<string>();
const hits = new Map<string, number>();
let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const id = (req.url ?? "").replace(/^\/|\.xml$/g, "");
    hits.set(id, (hits.get(id) ?? 0) + 1);
    const entries = id === "wire" || id === "flaky" ? stories[id] : null;
    if (id === "page") {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><p>Not a feed</p>");
    } else if (!entries) res.writeHead(404).end();
    else if (failing.has(id)) res.writeHead(500).end("internal error");
    else if (req.headers["if-none-match"] === '"v1"') res.writeHead(304).end();
    else
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(rssFeed(id, entries));
  });
});

afterAll(async () => {
  for (const runtime of runtimes) await runtime.close();
  for (const queue of queues) await queue.close();
  await server.close();
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  await redis.quit();
});

/** A real worker on its own prefix, polling the given feeds of the test server hourly. */
async function begin(
  name: string,
  feedIds: string[],
  now?: () => Date,
): Promise<{ keys: StoreKeys; queue: Queue<PollJobData> }> {
  const prefix = testPrefix(name);
  prefixes.push(prefix);
  const config = validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: feedIds.map((id) => ({ id, url: `${server.url}/${id}.xml`, interval: "1h" })),
    },
    "test",
  );
  runtimes.push(await startWorker(config, { redisUrl: REDIS_URL, prefix, log, now }));
  const queue = createQueue(redisOptions(REDIS_URL), prefix);
  queues.push(queue);
  return { keys: storeKeys(prefix), queue };
}

/**
 * Queues one poll as a scheduled tick would (its three attempts, minus the 30 s backoff
 * between them) and waits until the worker is done with it.
 */
async function tick(queue: Queue<PollJobData>, feedId: string): Promise<string> {
  const job = await queue.add(POLL_JOB, { feedId }, { attempts: POLL_JOB_OPTIONS.attempts });
  return waitFor(async () => {
    const state = await job.getState();
    return (state === "completed" || state === "failed") && state;
  }, `the poll of ${feedId} to finish`);
}

describe("consecutive failures", () => {
  it("count a tick that fails all three attempts once, grow by tick, and reset on success", async () => {
    let clock = Date.parse("2026-11-21T12:00:00Z");
    const { keys, queue } = await begin("ticks", ["flaky"], () => new Date(clock));
    const status = () => readStatus(redis, keys, "flaky");
    await waitFor(async () => (await status()).lastSuccessAt, "the first scheduled poll");

    failing.add("flaky");
    const before = hits.get("flaky") ?? 0;
    expect(await tick(queue, "flaky")).toBe("failed");
    expect((hits.get("flaky") ?? 0) - before).toBe(3);
    expect(await status()).toMatchObject({ consecutiveFailures: 1, lastStatus: 500 });

    clock += 2 * HOUR; // past the rest of one interval after one failure
    expect(await tick(queue, "flaky")).toBe("failed");
    expect(await status()).toMatchObject({ consecutiveFailures: 2, lastStatus: 500 });

    failing.delete("flaky");
    clock += 3 * HOUR; // past the rest of two intervals after two failures
    expect(await tick(queue, "flaky")).toBe("completed");
    expect(await status()).toMatchObject({ consecutiveFailures: 0, lastError: null, lastStatus: 304 });
    // The metrics count attempts, as /metrics documents: six failed, three succeeded.
    expect((await readCounters(redis, keys)).polls).toEqual({
      stored: 1,
      "not-modified": 1,
      skipped: 0,
      failed: 6,
    });
  });
});

describe("poll metrics", () => {
  it("count every poll by outcome, the items stored, and failed polls by reason", async () => {
    const { keys, queue } = await begin("metrics", ["wire", "page", "missing"]);
    const counters = () => readCounters(redis, keys);
    await waitFor(async () => {
      const { polls } = await counters();
      return polls.stored + polls.failed === 3;
    }, "the first scheduled poll of each feed");
    expect(await tick(queue, "wire")).toBe("completed");

    expect(await counters()).toEqual({
      polls: { stored: 1, "not-modified": 1, skipped: 0, failed: 2 },
      pollErrors: {
        http: 1,
        timeout: 0,
        "too-large": 0,
        blocked: 0,
        redirects: 0,
        network: 0,
        decode: 0,
        parse: 1,
        other: 0,
      },
      itemsIngested: 2,
      dedupMerges: 0,
    });
  });
});

describe("closing the worker while Redis is down", () => {
  /** A worker on a redis-server of its own, with its one feed's poll held in flight. */
  async function heldPoll() {
    const own = await startRedisServer();
    const held: ServerResponse[] = [];
    const slow = await startServer((_req, res) => {
      held.push(res);
    });
    const config = validateConfig(
      {
        allowPrivateHosts: ["127.0.0.1"],
        feeds: [{ id: "slow", url: `${slow.url}/slow.xml`, interval: "1h" }],
      },
      "test",
    );
    const lines: string[] = [];
    const captured = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    const runtime = await startWorker(config, { redisUrl: own.url, prefix: "close", log: captured });
    await waitFor(() => held.length === 1, "the poll to be in flight");
    const logged = (msg: string) => lines.filter((line) => line.includes(`"msg":"${msg}"`));
    const stop = async () => {
      for (const response of held) response.destroy();
      await slow.close();
      await own.stop();
    };
    return { own, held, runtime, logged, stop };
  }

  it("resolves without waiting for the poll when Redis went away before", async () => {
    const { own, runtime, logged, stop } = await heldPoll();
    try {
      await own.stop();
      await waitFor(() => logged("queue error").length > 0, "the worker to notice Redis is gone");
      // Bounded by the test's timeout: before the steps were bounded, this never resolved.
      await expect(runtime.close()).resolves.toBeUndefined();
      expect(logged("shutdown step timed out; going on")).toEqual([]);
    } finally {
      await stop();
    }
  });

  it("resolves when Redis goes away while it waits for the poll", async () => {
    const { own, held, runtime, logged, stop } = await heldPoll();
    try {
      const closing = runtime.close();
      await own.stop();
      // The poll finishes its download; its writes wait for a Redis that does not come back.
      held[0]?.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed("slow", stories.wire));
      await expect(closing).resolves.toBeUndefined();
      expect(logged("shutdown step timed out; going on").map((line) => JSON.parse(line).step)).toEqual([
        "worker",
      ]);
    } finally {
      await stop();
    }
  });
});
