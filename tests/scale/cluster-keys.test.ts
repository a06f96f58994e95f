import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrivateRedis, startPrivateRedis } from "../../bench/lib/redis-server.ts";
import { startApi } from "../../src/api/server.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatuses } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { startWorker, type WorkerRuntime } from "../../workers/worker.ts";
import { atomFeed, rssFeed } from "../helpers/feeds.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { quakeAndProtest } from "./on-cluster.ts";

// A hash tag: Redis Cluster hashes only "sitrep-test-x", so every key lands in one slot.
const PREFIX = "{sitrep-test-x}";
const log = pino({ level: "silent" });
const published = new Date().toISOString();

let redisServer: PrivateRedis;
let server: TestServer;
let watcher: Redis;
const written = new Set<string>();

beforeAll(async () => {
  // A Redis of its own: KEYS * must see this test's keys and nothing of other tests.
  redisServer = await startPrivateRedis();
  server = await startServer((req, res) => {
    res.writeHead(200, { "content-type": "application/xml" });
    if (req.url === "/atom") {
      res.end(
        atomFeed("Coast news", [
          {
            id: "quake",
            title: "Earthquake shakes the coast of Chile",
            summary: "Walls cracked in Valparaíso.",
            published,
          },
        ]),
      );
    } else {
      res.end(rssFeed("Wire", quakeAndProtest(published)));
    }
  });
  // Keyspace notifications name every key any command writes, even ones deleted a moment later.
  watcher = new Redis(redisServer.url);
  await watcher.config("SET", "notify-keyspace-events", "KEA");
  await watcher.psubscribe("__keyevent@0__:*");
  watcher.on("pmessage", (_pattern, _channel, key: string) => written.add(key));
});

afterAll(async () => {
  watcher.disconnect();
  await server.close();
  await redisServer.stop();
});

describe("Redis Cluster key layout", () => {
  it("writes every key, the queue's included, under the hash-tagged prefix", {
    timeout: 60_000,
  }, async () => {
    const config = validateConfig(
      {
        allowPrivateHosts: ["127.0.0.1"],
        feeds: [
          { id: "wire", url: `${server.url}/rss`, interval: "1m" },
          { id: "coast", url: `${server.url}/atom`, interval: "1m" },
        ],
      },
      "test",
    );
    const options = { redisUrl: redisServer.url, prefix: PREFIX, log };
    const worker: WorkerRuntime = await startWorker(config, options);
    const api = await startApi(config, { ...options, host: "127.0.0.1", port: 0, publicUrl: null });
    const redis = new Redis(redisServer.url);
    try {
      for (let attempt = 0; attempt < 300; attempt++) {
        const statuses = await readStatuses(redis, storeKeys(PREFIX), ["wire", "coast"]);
        if (statuses.every((status) => status.itemsStored > 0)) break;
        await sleep(100);
      }
      // A filtered feed makes the query layer write (and drop) its temporary sets.
      const feed = await fetch(
        `http://127.0.0.1:${api.port}/feed.xml?country=CL,KZ&crisis=earthquake,unrest`,
      );
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain("Chile");
      const keys = await redis.keys("*");
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.filter((key) => !key.startsWith(PREFIX))).toEqual([]);
      expect([...written].filter((key) => !key.startsWith(PREFIX))).toEqual([]);
      expect([...written].some((key) => key.startsWith(`${PREFIX}:tmp:`))).toBe(true);
    } finally {
      await api.close();
      await worker.close();
      redis.disconnect();
    }
  });
});
