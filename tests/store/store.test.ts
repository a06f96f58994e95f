import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { readCounters } from "../../src/metrics/counters.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { queryStories } from "../../src/query/find-stories.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { trimStories } from "../../src/store/retention.ts";
import { loadStories, saveReport } from "../../src/store/stories.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";

const redis = connect();
const prefix = testPrefix("store");
const keys = storeKeys(prefix);
const now = new Date("2026-11-21T00:00:00Z");
const DAY = 86_400_000;

beforeEach(() => dropPrefix(redis, prefix));
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const filter = (params: Record<string, string>) => parseFilter(params, { now, feedIds: ["wire", "agency"] });

describe("story store", () => {
  it("re-saving the same item updates it and creates no second story", async () => {
    const item = makeItem("a1");
    expect(await saveReport(redis, keys, makeReport(item), now, DAY)).toBe(true);
    expect(await saveReport(redis, keys, makeReport(item), now, DAY)).toBe(false);
    const updated = { ...item, title: "Corrected title" };
    expect(await saveReport(redis, keys, makeReport(updated, {}, "a1", false), now, DAY)).toBe(true);
    expect(await redis.zcard(keys.timeline)).toBe(1);
    const [story] = await loadStories(redis, keys, ["a1"]);
    expect(story?.item.title).toBe("Corrected title");
    expect(story?.sources).toHaveLength(1);
  });

  it("counts an item as ingested in the write that stores it, so a poll re-run after a crash counts each once", async () => {
    const items = ["c1", "c2", "c3"].map((id) => makeItem(id));
    const joiner = makeItem("c4", { feedId: "agency" });
    // The poll died after its first item; its re-run stores every item again.
    await saveReport(redis, keys, makeReport(items[0] ?? makeItem("x")), now, DAY);
    for (const item of items) await saveReport(redis, keys, makeReport(item), now, DAY);
    await saveReport(redis, keys, makeReport(joiner, {}, "c1"), now, DAY);
    await saveReport(redis, keys, makeReport(joiner, {}, "c1"), now, DAY);
    const counters = await readCounters(redis, keys);
    expect(counters).toMatchObject({ itemsIngested: 4, dedupMerges: 1 });
    const sources = await Promise.all(["c1", "c2", "c3"].map((id) => redis.hlen(keys.storySources(id))));
    expect(sources.reduce((sum, count) => sum + count, 0)).toBe(counters.itemsIngested);
  });

  it("a joining report adds a source and its tags, and keeps the story's id and representative", async () => {
    const first = makeItem("b1", { published: "2026-11-20T08:00:00.000Z" });
    const second = makeItem("b2", {
      feedId: "agency",
      published: "2026-11-20T09:00:00.000Z",
      language: "de",
    });
    await saveReport(redis, keys, makeReport(first, { countries: ["KZ"], crises: ["unrest"] }), now, DAY);
    await saveReport(
      redis,
      keys,
      makeReport(second, { countries: ["RU"], crises: ["unrest", "crackdown"] }, "b1"),
      now,
      DAY,
    );
    const [story] = await loadStories(redis, keys, ["b1"]);
    expect(story).toMatchObject({ id: "b1", guid: "b1" });
    expect(story?.item.id).toBe("b1");
    expect(story?.sources.map((source) => source.feedId)).toEqual(["wire", "agency"]);
    expect(story?.countries.sort()).toEqual(["KZ", "RU"]);
    expect(story?.crises.sort()).toEqual(["crackdown", "unrest"]);
    expect(await redis.zscore(keys.index("feed", "agency"), "b1")).not.toBeNull();
  });

  it("a joiner that races ahead of the creator does not become the representative", async () => {
    const creator = makeItem("c1");
    const joiner = makeItem("c2", { feedId: "agency" });
    await saveReport(redis, keys, makeReport(joiner, {}, "c1", false), now, DAY);
    await saveReport(redis, keys, makeReport(creator), now, DAY);
    const [story] = await loadStories(redis, keys, ["c1"]);
    expect(story?.item.id).toBe("c1");
    expect(story?.sources).toHaveLength(2);
  });

  it("queries by index, newest first, with AND across parameters and OR within one", async () => {
    const stories = [
      makeItem("q1", { published: "2026-11-20T01:00:00.000Z", title: "Protest in Almaty" }),
      makeItem("q2", { published: "2026-11-20T02:00:00.000Z", title: "Flood in Niger", feedId: "agency" }),
      makeItem("q3", { published: "2026-11-20T03:00:00.000Z", title: "Strike in Bishkek" }),
    ];
    const tags = [
      { countries: ["KZ"], crises: ["unrest"], regions: ["central-asia"] },
      { countries: ["NE"], crises: ["flood"], regions: ["western-africa", "sahel"] },
      { countries: ["KG"], crises: ["unrest"], regions: ["central-asia"] },
    ];
    for (const [index, item] of stories.entries())
      await saveReport(redis, keys, makeReport(item, tags[index]), now, DAY);
    const ids = async (params: Record<string, string>) =>
      (await queryStories(redis, keys, filter(params))).map((story) => story.id);
    expect(await ids({})).toEqual(["q3", "q2", "q1"]);
    expect(await ids({ limit: "2" })).toEqual(["q3", "q2"]);
    expect(await ids({ crisis: "unrest" })).toEqual(["q3", "q1"]);
    expect(await ids({ country: "KZ,NE" })).toEqual(["q2", "q1"]);
    expect(await ids({ region: "central-asia", country: "KG" })).toEqual(["q3"]);
    expect(await ids({ feed: "agency" })).toEqual(["q2"]);
    expect(await ids({ q: "almaty" })).toEqual(["q1"]);
    expect(await ids({ crisis: "unrest", exclude: "bishkek" })).toEqual(["q1"]);
    expect(await ids({ since: "2026-11-20T01:30:00Z", until: "2026-11-20T02:30:00Z" })).toEqual(["q2"]);
    expect(await redis.keys(`${prefix}:tmp:*`)).toEqual([]);
  });

  it("retention removes old stories with their index entries", async () => {
    await saveReport(
      redis,
      keys,
      makeReport(makeItem("old", { published: "2026-10-01T00:00:00.000Z" }), { crises: ["flood"] }),
      now,
      DAY,
    );
    await saveReport(
      redis,
      keys,
      makeReport(makeItem("new", { published: "2026-11-20T00:00:00.000Z" }), { crises: ["flood"] }),
      now,
      DAY,
    );
    expect(await trimStories(redis, keys, new Date("2026-11-01T00:00:00Z"), 1)).toBe(1);
    expect(await redis.zrange(keys.index("crisis", "flood"), 0, -1)).toEqual(["new"]);
    expect(await redis.zrange(keys.timeline, 0, -1)).toEqual(["new"]);
    expect(await redis.exists(keys.story("old"), keys.storySources("old"))).toBe(0);
  });
});
