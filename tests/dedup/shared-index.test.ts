import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SharedStoryIndex } from "../../src/dedup/shared-index.ts";
import { dedupKeys } from "../../src/store/keys.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { indexContract, WINDOW_MS } from "./index-contract.ts";
import { PUNJAB, report, SINDH, SINDH_REWRITE } from "./reports.ts";

const root = testPrefix("shared-dedup");
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
  return new SharedStoryIndex(client, { prefix, windowMs: WINDOW_MS });
}

/**
 * A client that runs `meanwhile` before each commit script it sends, so another writer's work
 * lands exactly between an index's decision and its commit.
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

indexContract("SharedStoryIndex", async () => newIndex());

describe("SharedStoryIndex", () => {
  const now = new Date("2026-05-04T08:00:00.000Z");

  it("keeps one key, the log under <prefix>:dedup:, which a new worker replays", async () => {
    const prefix = `${root}:replay`;
    await newIndex(redis, prefix).assign(report({ itemId: "a1", ...SINDH, guid: "urn:uuid:1" }), now);
    expect(await redis.keys(`${prefix}:*`)).toEqual([dedupKeys(prefix).log]);
    // A worker started later knows the story from the log alone.
    const later = newIndex(redis, prefix);
    expect(await later.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now)).toMatchObject({
      storyId: "a1",
      isNew: false,
    });
    expect(later.stats).toEqual({ assignments: 1, refused: 0, forced: 0, restarts: 0 });
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

  it("refuses a new story when a copy was filed since its decision, and joins the copy", async () => {
    const prefix = `${root}:interleaved-copy`;
    const other = newIndex(redis, prefix);
    const index = newIndex(
      commitsAfter(once(() => other.assign(report({ itemId: "a1", ...SINDH }), now))),
      prefix,
    );
    const assigned = await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    expect(assigned).toMatchObject({ storyId: "a1", isNew: false });
    expect(index.stats).toEqual({ assignments: 1, refused: 1, forced: 0, restarts: 0 });
  });

  it("does not refuse a report filed meanwhile that shares nothing with the decision", async () => {
    const prefix = `${root}:interleaved-unrelated`;
    const other = newIndex(redis, prefix);
    const index = newIndex(
      commitsAfter(
        once(() =>
          other.assign(
            report({
              itemId: "a1",
              title: "Council approves the school budget after a long night of debate",
              summary: "Teachers welcomed the money for new classrooms and heating in the old wing.",
              canonicalUrl: null,
            }),
            now,
          ),
        ),
      ),
      prefix,
    );
    await index.assign(report({ itemId: "b1", ...SINDH }), now);
    expect(index.stats.refused).toBe(0);
  });

  it.each([
    ["joins it when the texts agree", SINDH_REWRITE, { storyId: "a1", isNew: false, reason: "same url" }],
    ["stays apart when they do not", PUNJAB, { storyId: "b1", isNew: true }],
  ])("vets an address another feed filed since its decision: %s", async (_, text, expected) => {
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

  it("does not refuse a join when other reports joined the same story since its decision", async () => {
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
  });

  it("commits unchecked after refusal upon refusal, and keeps the item", async () => {
    const prefix = `${root}:interleaved-storm`;
    const item = report({ itemId: "b1", ...SINDH });
    const other = newIndex(redis, prefix);
    let noise = 0;
    // Before every commit, another worker files a new story the report's buckets hold.
    const index = newIndex(
      commitsAfter(async () => {
        noise += 1;
        await other.assign(
          report({ itemId: `noise-${noise}`, ...PUNJAB, canonicalUrl: null, title: SINDH.title }),
          now,
        );
      }),
      prefix,
    );
    expect(await index.assign(item, now)).toMatchObject({ storyId: expect.any(String) });
    expect(index.stats.forced).toBe(1);
    expect(index.stats.refused).toBeGreaterThan(1);
    expect(await newIndex(redis, prefix).assign(item, now)).toMatchObject({ reason: "same item" });
  });

  it("starts over from the log when Redis lost it, forgetting the stories it remembered", async () => {
    const prefix = `${root}:lost`;
    const index = newIndex(redis, prefix);
    await index.assign(report({ itemId: "a1", ...SINDH }), now);
    await index.catchUp();
    // A restart without persistence: the log, and the stories it described, are gone.
    await redis.del(dedupKeys(prefix).log);
    await newIndex(redis, prefix).assign(
      report({ itemId: "z1", title: "Unrelated", canonicalUrl: null }),
      now,
    );
    const assigned = await index.assign(report({ itemId: "b1", ...SINDH_REWRITE }), now);
    expect(assigned).toMatchObject({ storyId: "b1", isNew: true });
    expect(index.stats.restarts).toBe(1);
  });

  it("skips a log entry it cannot read and keeps the rest", async () => {
    const prefix = `${root}:corrupt`;
    await newIndex(redis, prefix).assign(report({ itemId: "a1", ...SINDH }), now);
    await redis.xadd(dedupKeys(prefix).log, "*", "k", "@ 0.zz", "t", now.getTime(), "r", "{not json");
    const later = newIndex(redis, prefix);
    const third = report({ itemId: "c1", ...SINDH_REWRITE, canonicalUrl: null });
    expect(await later.assign(third, now)).toMatchObject({ storyId: "a1", isNew: false });
  });
});
