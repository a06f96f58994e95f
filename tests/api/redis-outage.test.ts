import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_CSP } from "../../src/api/data-policy.ts";
import { STALE_CACHE_STATUS } from "../../src/api/rendered.ts";
import { type ApiRuntime, startApi } from "../../src/api/server.ts";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { type RedisServer, startRedisServer, tempDir, waitFor } from "../helpers/processes.ts";
import { testPrefix } from "../helpers/redis.ts";
import { FEEDS, SEEDS, saveSeed, VIEWS } from "./harness.ts";

const prefix = testPrefix("api-outage");
const dir = tempDir("api-outage");
const config = ConfigSchema.parse({ feeds: FEEDS, views: VIEWS });
let redisServer: RedisServer;
let seeder: Redis;
let api: ApiRuntime;
let base = "";

const startOne = () =>
  startApi(config, {
    redisUrl: redisServer.url,
    prefix,
    host: "127.0.0.1",
    port: 0,
    publicUrl: null,
    log: pino({ level: "silent" }),
  });

beforeAll(async () => {
  // Persistent, so the stories are still there after the restart.
  redisServer = await startRedisServer(dir.path);
  seeder = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  seeder.on("error", () => {});
  for (const seed of SEEDS) await saveSeed(seeder, storeKeys(prefix), seed);
  api = await startOne();
  base = `http://127.0.0.1:${api.port}`;
}, 30_000);

afterAll(async () => {
  await api?.close();
  seeder?.disconnect();
  await redisServer?.stop();
  dir.remove();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

/** Asserts the store-unavailable answer: 503, when to retry, why, and nothing a cache may keep. */
async function expectUnavailable(path: string): Promise<void> {
  const response = await get(path);
  expect(response.status, path).toBe(503);
  expect(response.headers.get("retry-after"), path).toBe("5");
  expect(response.headers.get("cache-control"), path).toBe("no-store");
  expect(response.headers.get("content-security-policy"), path).toBe(DATA_CSP);
  expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
  expect(((await response.json()) as { error: string }).error, path).toMatch(/Redis\) is not answering/);
}

describe("the API while Redis is down", () => {
  it("serves stale copies it has, 503 with Retry-After otherwise, and recovers on its own", async () => {
    const fresh = await get("/feed.xml");
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("cache-status")).toBeNull();
    const etag = fresh.headers.get("etag") ?? "";
    const body = await fresh.text();
    expect((await get("/")).status).toBe(200);
    const other = await startOne();

    await redisServer.stop();

    const stale = await get("/feed.xml");
    expect(stale.status).toBe(200);
    expect(stale.headers.get("cache-status")).toBe(STALE_CACHE_STATUS);
    expect(stale.headers.get("cache-control")).toBe("no-cache");
    expect(stale.headers.get("etag")).toBe(etag);
    expect(stale.headers.get("content-security-policy")).toBe(DATA_CSP);
    expect(await stale.text()).toBe(body);
    expect((await get("/feed.xml", { "If-None-Match": etag })).status).toBe(304);
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-status")).toBe(STALE_CACHE_STATUS);

    for (const path of [
      "/feed.atom",
      "/feed.json?country=KZ",
      "/views/kz-unrest.xml",
      "/api/feeds",
      "/?lang=en",
    ]) {
      await expectUnavailable(path);
    }
    expect((await get("/healthz")).status).toBe(200);
    expect((await get("/readyz")).status).toBe(503);
    // The OPML list comes from the config alone.
    expect((await get("/opml")).status).toBe(200);
    // A stop does not wait for Redis to come back.
    await expect(other.close()).resolves.toBeUndefined();

    await redisServer.start();
    await waitFor(async () => (await get("/feed.atom")).status === 200, "the API to answer again");
    const again = await get("/feed.xml");
    expect(again.status).toBe(200);
    expect(again.headers.get("cache-status")).toBeNull();
    expect(await again.text()).toBe(body);
    expect((await get("/api/feeds")).status).toBe(200);
    expect((await get("/readyz")).status).toBe(200);
  }, 60_000);

  it("answers the same way while Redis is up but does not reply", async () => {
    const cached = await get("/feed.json");
    expect(cached.status).toBe(200);
    // A script that never ends holds Redis: nothing is answered, then only BUSY, until it is killed.
    const blocker = new Redis(redisServer.url, { maxRetriesPerRequest: null });
    const busy = blocker.eval("while true do end", 0).catch((error: Error) => error);
    try {
      await waitFor(
        async () => (await get("/feed.atom?lang=ru")).status === 503,
        "a 503 while Redis is busy",
      );
      await expectUnavailable("/feed.atom?lang=es");
      const stale = await get("/feed.json");
      expect(stale.status).toBe(200);
      expect(stale.headers.get("cache-status")).toBe(STALE_CACHE_STATUS);
      expect((await get("/readyz")).status).toBe(503);
    } finally {
      await seeder.script("KILL");
      expect(String(await busy)).toMatch(/killed/i);
      blocker.disconnect();
    }
    await waitFor(async () => (await get("/feed.atom?lang=ru")).status === 200, "the API to answer again");
    expect((await get("/feed.json")).headers.get("cache-status")).toBeNull();
  }, 60_000);
});
