import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { SharedStoryIndex } from "../../src/dedup/shared-index.ts";
import { dedupKeys } from "../../src/store/keys.ts";
import { connect, freshPrefixes } from "../helpers/redis.ts";
import { type EventReport, LEEDS, MAGDEBURG, sharedReport, T0 } from "./event-reports.ts";
import { indexContract, WINDOW_MS } from "./index-contract.ts";
import { PUNJAB, report, SINDH, SINDH_REWRITE } from "./reports.ts";

const { redis, next } = freshPrefixes("shared-dedup");

/** Every index gets its own prefix, so tests start empty. */
function newIndex(client = redis, prefix = next()) {
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
    const prefix = `${next()}:replay`;
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
    const prefix = `${next()}:race`;
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
    const prefix = `${next()}:race-url`;
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
    const prefix = `${next()}:interleaved-copy`;
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
    const prefix = `${next()}:interleaved-unrelated`;
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
    const prefix = `${next()}:interleaved-address-${text.title.length}`;
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
    const prefix = `${next()}:interleaved-join`;
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
    const prefix = `${next()}:interleaved-storm`;
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
    const prefix = `${next()}:lost`;
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
    const prefix = `${next()}:corrupt`;
    await newIndex(redis, prefix).assign(report({ itemId: "a1", ...SINDH }), now);
    await redis.xadd(dedupKeys(prefix).log, "*", "k", "@ 0.zz", "t", now.getTime(), "r", "{not json");
    const later = newIndex(redis, prefix);
    const third = report({ itemId: "c1", ...SINDH_REWRITE, canonicalUrl: null });
    expect(await later.assign(third, now)).toMatchObject({ storyId: "a1", isNew: false });
  });
});

describe("SharedStoryIndex: events", () => {
  const [md1, md2, md3] = MAGDEBURG as [EventReport, EventReport, EventReport];
  const at = (report: EventReport) => new Date(T0 + report.hours * 3_600_000);
  const eventOf = async (index: SharedStoryIndex, report: EventReport, text: Partial<EventReport> = {}) => {
    const { events } = await index.settleToLog([sharedReport({ ...report, ...text })], at(report));
    return events[0];
  };

  it("files a story under the event another worker's commit started", async () => {
    const prefix = next();
    const client = connect();
    try {
      expect(await eventOf(newIndex(redis, prefix), md1)).toMatchObject({ eventId: "md-1", isNew: true });
      const other = newIndex(client, prefix);
      expect(await eventOf(other, md2)).toMatchObject({ eventId: "md-1", isNew: false });
      expect(await eventOf(other, md3)).toMatchObject({ eventId: "md-1", isNew: false });
      expect(other.stats.refused).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  it("refuses a new event when another worker started the same one since its decision, and joins it", async () => {
    const prefix = next();
    const other = newIndex(redis, prefix);
    const index = newIndex(commitsAfter(once(() => eventOf(other, md1))), prefix);
    expect(await eventOf(index, md2)).toMatchObject({ eventId: "md-1", isNew: false });
    expect(index.stats.refused).toBe(1);
  });

  it("does not refuse for an event filed since that names nothing its headline names", async () => {
    const prefix = next();
    const other = newIndex(redis, prefix);
    const index = newIndex(commitsAfter(once(() => eventOf(other, LEEDS[0] as EventReport))), prefix);
    expect(await eventOf(index, md1)).toMatchObject({ eventId: "md-1", isNew: true });
    expect(index.stats.refused).toBe(0);
  });

  it("replays event decisions from the log after a restart", async () => {
    const prefix = next();
    const before = newIndex(redis, prefix);
    await eventOf(before, md1);
    await eventOf(before, md2);
    const restarted = newIndex(redis, prefix);
    expect(await eventOf(restarted, md3)).toMatchObject({ eventId: "md-1", isNew: false });
    // Another report of story md-2, worded apart: the story keeps the event the log gave it.
    expect(await eventOf(restarted, md2, { title: "Ganz andere Worte", summary: "" })).toEqual({
      eventId: "md-1",
      isNew: false,
      reason: "the story's event",
    });
  });

  it("starts its events over from the log when Redis lost it", async () => {
    const prefix = next();
    const index = newIndex(redis, prefix);
    await eventOf(index, md1);
    await index.catchUp();
    // A restart without persistence; then another worker files a development to the new log.
    await redis.del(dedupKeys(prefix).log);
    expect(await eventOf(newIndex(redis, prefix), md2)).toMatchObject({ eventId: "md-2", isNew: true });
    expect(await eventOf(index, md3)).toMatchObject({ eventId: "md-2", isNew: false });
    expect(index.stats.restarts).toBe(1);
  });
});
