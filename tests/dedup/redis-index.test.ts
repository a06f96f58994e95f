import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../src/dedup/fingerprint.ts";
import { RedisStoryIndex } from "../../src/dedup/redis-index.ts";
import { dedupKeys } from "../../src/store/keys.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { indexContract, WINDOW_MS } from "./index-contract.ts";
import { PUNJAB, report, SINDH, SINDH_REWRITE } from "./reports.ts";

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

/**
 * A client that runs `meanwhile` before each commit script it sends, so another writer's work
 * lands exactly between an index's reads and its commit.
 */
function commitsAfter(meanwhile: () => Promise<void>): Redis {
  return new Proxy(redis, {
    get(target, property) {
      if (property === "evalsha") {
        const evalsha = target.evalsha.bind(target) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          await meanwhile();
          return evalsha(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const once = (work: () => Promise<unknown>) => {
  let done = false;
  return async () => {
    if (done) return;
    done = true;
    await work();
  };
};

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
    const indexes = clients.map((client) => newIndex(client, prefix));
    try {
      const results = await Promise.all(
        indexes.map((index, worker) =>
          index.assign(
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
      // A loser's first decision (a new story) is refused once; joining the winner is not.
      const refused = indexes.reduce((sum, index) => sum + index.stats.refused, 0);
      expect(refused).toBeLessThanOrEqual(19);
      expect(indexes.map((index) => index.stats.forced)).toEqual(Array(20).fill(0));
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

  it("refuses a new story when a copy was filed since its reads, and joins the copy", async () => {
    const prefix = `${root}:interleaved-copy`;
    const other = newIndex(redis, prefix);
    const index = newIndex(
      commitsAfter(once(() => other.assign(report({ itemId: "a1", ...SINDH }), now))),
      prefix,
    );
    const assigned = await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    expect(assigned).toMatchObject({ storyId: "a1", isNew: false });
    expect(index.stats).toEqual({ assignments: 1, refused: 1, forced: 0 });
  });

  it.each([
    ["joins it when the texts agree", SINDH_REWRITE, { storyId: "a1", isNew: false, reason: "same url" }],
    ["stays apart when they do not", PUNJAB, { storyId: "b1", isNew: true }],
  ])("vets an address another feed filed since its reads: %s", async (_, text, expected) => {
    const prefix = `${root}:interleaved-address-${text.title.length}`;
    const address = { canonicalUrl: "https://news.example/shared" };
    const other = newIndex(redis, prefix);
    const index = newIndex(
      commitsAfter(once(() => other.assign(report({ itemId: "a1", ...SINDH, ...address }), now))),
      prefix,
    );
    const assigned = await index.assign(report({ itemId: "b1", feedId: "feed-b", ...text, ...address }), now);
    expect(assigned).toMatchObject(expected);
    expect(index.stats.forced).toBe(0);
  });

  it("does not refuse a join when other reports joined the same story since its reads", async () => {
    const prefix = `${root}:interleaved-join`;
    const other = newIndex(redis, prefix);
    await other.assign(report({ itemId: "a1", ...SINDH }), now);
    const index = newIndex(
      commitsAfter(once(() => other.assign(report({ itemId: "c1", ...SINDH, canonicalUrl: null }), now))),
      prefix,
    );
    const assigned = await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    expect(assigned).toMatchObject({ storyId: "a1", isNew: false });
    expect(index.stats.refused).toBe(0);
    expect(await redis.llen(dedupKeys(prefix).story("a1"))).toBe(3);
  });

  it("makes a report an exact duplicate, without a refusal, when its address was filed since", async () => {
    const prefix = `${root}:interleaved-url`;
    const other = newIndex(redis, prefix);
    const address = "https://news.example/shared";
    const index = newIndex(
      commitsAfter(once(() => other.assign(report({ itemId: "a1", ...SINDH, canonicalUrl: address }), now))),
      prefix,
    );
    const assigned = await index.assign(report({ itemId: "b1", ...PUNJAB, canonicalUrl: address }), now);
    expect(assigned).toEqual({ storyId: "a1", isNew: false, reason: "same url" });
    expect(index.stats.refused).toBe(0);
  });

  it("commits unchecked after refusal upon refusal, and keeps the item", async () => {
    const prefix = `${root}:interleaved-storm`;
    const item = report({ itemId: "b1", ...SINDH });
    const { bands } = fingerprint(item);
    let noise = 0;
    // Before every commit, a newer story lands in every bucket the report reads.
    const index = newIndex(
      commitsAfter(async () => {
        noise += 1;
        const band = dedupKeys(prefix).band;
        await Promise.all(bands.map((key) => redis.zadd(band(key), now.getTime() + noise, `noise-${noise}`)));
      }),
      prefix,
    );
    expect(await index.assign(item, now)).toEqual({ storyId: "b1", isNew: true, reason: "new story" });
    expect(index.stats.forced).toBe(1);
    expect(index.stats.refused).toBe(noise - 1);
    expect(index.stats.refused).toBeGreaterThan(1);
    expect(await newIndex(redis, prefix).assign(item, now)).toMatchObject({
      storyId: "b1",
      reason: "same item",
    });
  });

  it("checks a decision against the ranking decide.ts makes, ties and the cut included", async () => {
    const prefix = `${root}:ranking`;
    const item = report({ itemId: "p1", ...SINDH });
    const { bands } = fingerprint(item);
    const band = dedupKeys(prefix).band;
    // Twelve stories in one to four of the report's buckets each: more than the eight compared,
    // with equal counts on both sides of the cut, so first-seen order decides which make it.
    await Promise.all(
      Array.from({ length: 12 }, (_, story) =>
        Promise.all(
          bands
            .slice(story % 5, (story % 5) + 1 + (story % 4))
            .map((key) => redis.zadd(band(key), now.getTime() - story, `other-${story}`)),
        ),
      ),
    );
    const index = newIndex(redis, prefix);
    expect(await index.assign(item, now)).toMatchObject({ storyId: "p1", isNew: true });
    expect(index.stats).toEqual({ assignments: 1, refused: 0, forced: 0 });
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
