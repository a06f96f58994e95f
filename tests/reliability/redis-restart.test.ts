import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, POLL_JOB } from "../../src/jobs/queue.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { rssFeed } from "../helpers/feeds.ts";
import {
  type RedisServer,
  redisOptions,
  type SitrepProcess,
  spawnSitrep,
  startRedisServer,
  tempDir,
  waitFor,
  writeConfig,
} from "../helpers/processes.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const prefix = "restart";
const dir = tempDir("restart");
const published = () => new Date(Date.now() - 600_000).toISOString();
const steady = [
  {
    id: "port",
    title: "Container port reopens after the customs strike ends",
    summary: "Trucks queued for kilometres as the first shifts returned to work.",
  },
  {
    id: "power",
    title: "Power restored to most of the capital after a grid failure",
    summary: "The utility blamed a fault at a substation in the western suburbs.",
  },
].map((entry) => ({ ...entry, published: published() }));
const late = [
  {
    id: "quake",
    title: "Aftershocks rattle the mountain villages for a second night",
    summary: "Families slept outdoors as the seismology institute recorded dozens of tremors.",
  },
  {
    id: "dam",
    title: "Authorities lower the reservoir level as a precaution",
    summary: "Sluice gates were opened after inspectors found seepage near the dam wall.",
  },
].map((entry) => ({ ...entry, published: published() }));

let redisServer: RedisServer;
let feedServer: TestServer;
const held: ServerResponse[] = [];
const hits = { steady: 0, late: 0 };
let worker: SitrepProcess;
let api: SitrepProcess;

beforeAll(async () => {
  redisServer = await startRedisServer(dir.path);
  feedServer = await startServer((req, res) => {
    const feed = req.url === "/late.xml" ? "late" : "steady";
    hits[feed] += 1;
    // The late feed's first answer waits until the test has taken Redis down.
    if (feed === "late" && hits.late === 1) held.push(res);
    else res.writeHead(200).end(rssFeed(feed, feed === "late" ? late : steady));
  });
  const configPath = writeConfig(`${dir.path}/config.json`, {
    allowPrivateHosts: ["127.0.0.1"],
    feeds: [
      { id: "steady", url: `${feedServer.url}/steady.xml`, interval: "1h" },
      { id: "late", url: `${feedServer.url}/late.xml`, interval: "1h" },
    ],
  });
  const options = { configPath, redisUrl: redisServer.url, prefix };
  [worker, api] = await Promise.all([spawnSitrep("worker", options), spawnSitrep("api", options)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([worker?.stop(), api?.stop()]);
  await feedServer?.close();
  await redisServer?.stop();
  dir.remove();
});

/** Status and body of a request that must answer within `ms`, whatever state Redis is in. */
async function probe(path: string, ms = 5000): Promise<{ status: number; body: string }> {
  const response = await fetch(`${api.url}${path}`, { signal: AbortSignal.timeout(ms) });
  return { status: response.status, body: await response.text() };
}
const storyTitles = async () =>
  ((JSON.parse((await probe("/feed.json?limit=500")).body) as { items: { title: string }[] }).items ?? [])
    .map((item) => item.title)
    .sort();

describe("Redis restarts while a worker polls and the API serves", () => {
  it("both recover on their own, /readyz says 503 meanwhile, and no item is lost", async () => {
    await waitFor(async () => (await storyTitles()).length === 2, "the steady feed's stories");
    await waitFor(() => held.length === 1, "the late feed's poll to be in flight");

    await redisServer.stop();
    const down = await probe("/readyz");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: "not ready", redis: false });
    // Liveness does not depend on Redis: restarting the API would not bring Redis back.
    expect((await probe("/healthz")).status).toBe(200);
    // The poll in flight finishes its download while Redis is away; its writes wait for Redis.
    held[0]?.writeHead(200).end(rssFeed("late", late));
    await sleep(1500);

    await redisServer.start();
    await waitFor(async () => (await probe("/readyz")).status === 200, "/readyz to recover");
    await waitFor(
      async () => (await storyTitles()).length === 4,
      "the late feed's stories after the restart",
      {
        timeoutMs: 30_000,
      },
    );
    expect(await storyTitles()).toEqual([...steady, ...late].map((entry) => entry.title).sort());

    // The worker takes new work after the restart: the next scheduled poll of a feed runs.
    const queue = createQueue(redisOptions(redisServer.url), prefix);
    await queue.add(POLL_JOB, { feedId: "steady" });
    await waitFor(() => hits.steady === 2, "a poll queued after the restart to run", { timeoutMs: 30_000 });
    await queue.close();
    const feeds = JSON.parse((await probe("/api/feeds")).body) as { id: string; lastError: string | null }[];
    expect(feeds.map((feed) => feed.lastError)).toEqual([null, null]);
    expect(await storyTitles()).toHaveLength(4);
    expect(worker.alive() && api.alive()).toBe(true);
  });
});

describe("Redis restarts empty (no persistence)", () => {
  it("the worker puts its schedules back and polls again, storing the items anew", async () => {
    const empty = await startRedisServer();
    const prefixEmpty = "restart-empty";
    let polls = 0;
    const server = await startServer((_req, res) => {
      polls += 1;
      res.writeHead(200).end(rssFeed("steady", steady));
    });
    const configPath = writeConfig(`${dir.path}/empty.json`, {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [{ id: "steady", url: `${server.url}/steady.xml`, interval: "1h" }],
    });
    const emptyWorker = await spawnSitrep("worker", { configPath, redisUrl: empty.url, prefix: prefixEmpty });
    const redis = new Redis(empty.url, { maxRetriesPerRequest: null });
    const stories = () => redis.zcard(storeKeys(prefixEmpty).timeline);
    try {
      await waitFor(async () => (await stories()) === 2, "the first poll's stories");
      await redis.set("marker", "before the restart");
      await empty.stop();
      await empty.start();
      expect(await redis.exists("marker"), "Redis came back empty").toBe(0);
      // A reconnect that flaps under load reconciles the schedules more than once, and each may
      // poll: what matters is that some poll ran and the store holds the items again, once.
      await waitFor(async () => polls >= 2 && (await stories()) === 2, "a poll after Redis came back empty", {
        timeoutMs: 60_000,
      });
    } finally {
      await emptyWorker.stop();
      redis.disconnect();
      await server.close();
      await empty.stop();
    }
  }, 180_000);
});
