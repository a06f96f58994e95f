import { type ServerType, serve } from "@hono/node-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RetryLaterSchema } from "../../src/api/schemas.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { createTestApi, NOW, SEEDS, saveSeed } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-search-limit");
// Two searches at once, then one every 10 s.
const LIMITS = { burst: 2, perMinute: 6 };

let server: ServerType | null = null;
let clock = NOW.getTime();

beforeAll(async () => {
  const { keys } = createTestApi(redis, prefix);
  for (const seed of SEEDS) await saveSeed(redis, keys, seed);
});
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** The API on a real socket, with its own limiter and a clock the test moves; returns a GET function. */
async function listen(trustedProxies = 0) {
  clock = NOW.getTime();
  const { app } = createTestApi(redis, prefix, {
    searchLimits: { ...LIMITS, trustedProxies },
    now: () => new Date(clock),
  });
  const started = await new Promise<ServerType>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(listening));
  });
  server = started;
  const base = `http://127.0.0.1:${(started.address() as { port: number }).port}`;
  return (path: string, forwardedFor?: string) =>
    fetch(`${base}${path}`, { headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {} });
}

describe("uncached text searches, per client", () => {
  it("answer 429 with Retry-After and a reason once the client's searches are spent, and again when time has passed", async () => {
    const get = await listen();
    expect((await get("/feed.json?q=aktau")).status).toBe(200);
    expect((await get("/api/stories?q=court")).status).toBe(200);
    const refused = await get("/?exclude=miners");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    // The shape the API document gives for 429.
    const body = RetryLaterSchema.parse(await refused.json());
    expect(body.retryAfter).toBe(10);
    expect(body.error).toMatch(/too many text searches .* try again in 10 s/);

    clock += 4_000;
    expect((await get("/api/events?q=flood")).headers.get("retry-after")).toBe("6");
    clock += 6_000;
    expect((await get("/api/events?q=flood")).status).toBe(200);
  });

  it("cost nothing when the cache answers, and requests without q or exclude are never limited", async () => {
    const get = await listen();
    expect((await get("/feed.xml?q=aktau")).status).toBe(200);
    expect((await get("/feed.xml?q=court")).status).toBe(200);
    expect((await get("/feed.xml?q=miners")).status).toBe(429);
    for (let n = 0; n < 5; n += 1) {
      expect((await get("/feed.xml?q=aktau")).status).toBe(200);
      expect((await get(`/feed.xml?country=KZ&limit=${n + 1}`)).status).toBe(200);
    }
  });

  it("ignore X-Forwarded-For unless TRUST_PROXY says a proxy writes it", async () => {
    const get = await listen();
    expect((await get("/feed.json?q=aktau", "203.0.113.1")).status).toBe(200);
    expect((await get("/feed.json?q=court", "203.0.113.2")).status).toBe(200);
    expect((await get("/feed.json?q=miners", "203.0.113.3")).status).toBe(429);
  });

  it("behind one trusted proxy, count the address it appended, not what the client wrote before it", async () => {
    const get = await listen(1);
    expect((await get("/feed.json?q=aktau", "203.0.113.1")).status).toBe(200);
    expect((await get("/feed.json?q=court", "198.51.100.7, 203.0.113.1")).status).toBe(200);
    expect((await get("/feed.json?q=miners", "198.51.100.8, 203.0.113.1")).status).toBe(429);
    // Another client behind the same proxy has searches of its own.
    expect((await get("/feed.json?q=miners", "203.0.113.2")).status).toBe(200);
  });

  it("count an IPv6 client by its /64, so new addresses from one host do not reset its limit", async () => {
    const get = await listen(1);
    expect((await get("/feed.json?q=aktau", "2001:db8:5:7::1")).status).toBe(200);
    expect((await get("/feed.json?q=court", "2001:db8:5:7:a:b:c:d")).status).toBe(200);
    expect((await get("/feed.json?q=miners", "2001:db8:5:7::ffff")).status).toBe(429);
    expect((await get("/feed.json?q=miners", "2001:db8:5:8::1")).status).toBe(200);
  });
});
