import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStoryIndex } from "../../src/dedup/redis-index.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { indexContract, WINDOW_MS } from "./index-contract.ts";
import { report, SINDH, SINDH_REWRITE } from "./reports.ts";

const root = testPrefix("dedup");
let redis: Redis;
let fresh = 0;

beforeAll(() => {
  redis = connect();
});

afterAll(async () => {
  await dropPrefix(redis, root);
  redis.disconnect();
});

/** Every index gets its own prefix, so tests start empty. */
function newIndex(client = redis, prefix = `${root}:${fresh++}`) {
  return new RedisStoryIndex(client, { prefix, windowMs: WINDOW_MS });
}

indexContract("RedisStoryIndex", async () => newIndex());

describe("RedisStoryIndex", () => {
  const now = new Date("2026-05-04T08:00:00.000Z");

  it("keeps every key under <prefix>:dedup: and lets each expire within the window", async () => {
    const prefix = `${root}:ttl`;
    const index = newIndex(redis, prefix);
    await index.assign(report({ itemId: "a1", ...SINDH, guid: "urn:uuid:1" }), now);
    await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) {
      expect(key.startsWith(`${prefix}:dedup:`)).toBe(true);
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(WINDOW_MS);
    }
  });

  it("lets 20 workers on separate connections create a story once", async () => {
    const prefix = `${root}:race`;
    const clients = Array.from({ length: 20 }, () => connect());
    try {
      const results = await Promise.all(
        clients.map((client, worker) =>
          newIndex(client, prefix).assign(
            report({
              itemId: `w${worker}`,
              feedId: `feed-${worker}`,
              title: `UPDATE ${worker % 4}-${SINDH.title}`,
              summary: SINDH.summary.replace("14", String(14 + (worker % 3))),
            }),
            now,
          ),
        ),
      );
      expect(results.filter((result) => result.isNew)).toHaveLength(1);
      expect(new Set(results.map((result) => result.storyId)).size).toBe(1);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });

  it("lets 20 feeds carrying one address race without splitting it", async () => {
    const prefix = `${root}:race-url`;
    const clients = Array.from({ length: 20 }, () => connect());
    try {
      const results = await Promise.all(
        clients.map((client, worker) =>
          newIndex(client, prefix).assign(
            report({
              itemId: `u${worker}`,
              canonicalUrl: "https://news.example/one",
              title: `Teaser ${worker}`,
            }),
            now,
          ),
        ),
      );
      expect(results.filter((result) => result.isNew)).toHaveLength(1);
      expect(new Set(results.map((result) => result.storyId)).size).toBe(1);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });

  it("still finds a story when one of its stored reports is unreadable", async () => {
    const prefix = `${root}:corrupt`;
    const index = newIndex(redis, prefix);
    await index.assign(report({ itemId: "a1", ...SINDH }), now);
    await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    await redis.lpush(`${prefix}:dedup:s:a1`, "{not json");
    const third = report({ itemId: "c1", ...SINDH_REWRITE, canonicalUrl: null });
    expect(await index.assign(third, now)).toMatchObject({ storyId: "a1", isNew: false });
  });
});
