import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retagStories } from "../../src/ingest/retag-stories.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { saveReport } from "../../src/store/stories.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";

const redis = connect();
const prefix = testPrefix("retag");
const keys = storeKeys(prefix);
const NOW = new Date("2026-11-20T12:00:00Z");
const FEEDS = [{ id: "wire" }];
const noPause = async () => {};

const QUAKE = makeItem("quake", {
  title: "Strong earthquake shakes the coast near Antofagasta",
  summary: "Buildings swayed in the northern Chilean port city.",
});
const MARKET = makeItem("market", { title: "Fish market reopens after renovation", summary: "" });

afterAll(() => redis.disconnect());

const members = (kind: "crisis" | "custom" | "country", value: string) =>
  redis.zrange(keys.index(kind, value), 0, -1);

describe("retagStories", () => {
  beforeAll(async () => {
    // Stored with yesterday's rules: the quake story without its crisis, the market story plain.
    await saveReport(redis, keys, makeReport(QUAKE, { countries: ["CL"] }), NOW, 86_400_000);
    await saveReport(redis, keys, makeReport(MARKET), NOW, 86_400_000);
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
  });

  it("replaces changed tags, moves the story between indexes and bumps the version once", async () => {
    const tag = createTagger(TaggingSchema.parse({ custom: { fish: { en: ["fish market*"] } } }));
    const before = Number(await redis.get(keys.version));
    const result = await retagStories(redis, keys, tag, FEEDS, { perSecond: 1000, pause: noPause });
    expect(result).toEqual({ seen: 2, changed: 2 });
    expect(await members("crisis", "earthquake")).toEqual(["quake"]);
    expect(await members("custom", "fish")).toEqual(["market"]);
    expect(await members("country", "CL")).toEqual(["quake"]);
    const stored = JSON.parse((await redis.hget(keys.story("quake"), "tags")) ?? "{}");
    expect(stored.crises).toEqual(["earthquake"]);
    expect(Number(await redis.get(keys.version))).toBe(before + 2);
  });

  it("writes nothing when the rules give the same tags", async () => {
    const tag = createTagger(TaggingSchema.parse({ custom: { fish: { en: ["fish market*"] } } }));
    const before = await redis.get(keys.version);
    expect(await retagStories(redis, keys, tag, FEEDS, { perSecond: 1000, pause: noPause })).toEqual({
      seen: 2,
      changed: 0,
    });
    expect(await redis.get(keys.version)).toBe(before);
  });

  it("takes a story out of an index its new tags no longer name", async () => {
    const tag = createTagger(TaggingSchema.parse({}));
    expect((await retagStories(redis, keys, tag, FEEDS, { perSecond: 1000, pause: noPause })).changed).toBe(
      1,
    );
    expect(await members("custom", "fish")).toEqual([]);
    expect(await members("crisis", "earthquake")).toEqual(["quake"]);
  });

  it("paces batches to the rate it is given", async () => {
    const pauses: number[] = [];
    const tag = createTagger(TaggingSchema.parse({}));
    await retagStories(redis, keys, tag, FEEDS, {
      perSecond: 1,
      batch: 1,
      pause: async (ms) => {
        pauses.push(ms);
      },
    });
    expect(pauses).toHaveLength(2);
    for (const ms of pauses) expect(ms).toBeGreaterThan(0);
  });
});

describe("retagStories on a story several feeds reported", () => {
  const joinedPrefix = testPrefix("retag-joined");
  const joinedKeys = storeKeys(joinedPrefix);
  const tag = createTagger(TaggingSchema.parse({}));
  // The first report names no country; a second outlet's headline names it, and its feed hints a crisis tag.
  const FIRST = makeItem("first", { title: "Strong earthquake shakes the coast", summary: "" });
  const SECOND = makeItem("second", {
    feedId: "regional",
    title: "Quake hits northern Chile, buildings sway",
  });
  const feeds = [{ id: "wire" }, { id: "regional", tags: ["andes-desk"] }];

  beforeAll(async () => {
    const tagged = (item: typeof FIRST, feed: (typeof feeds)[number]) =>
      tag({ title: item.title, summary: item.summary, language: item.language, feed });
    const first = tagged(FIRST, feeds[0] ?? { id: "wire" });
    const second = tagged(SECOND, feeds[1] ?? { id: "regional" });
    await saveReport(redis, joinedKeys, makeReport(FIRST, first), NOW, 86_400_000);
    await saveReport(redis, joinedKeys, makeReport(SECOND, second, "first", false), NOW, 86_400_000);
  });
  afterAll(async () => {
    await dropPrefix(redis, joinedPrefix);
  });

  it("keeps the tags every report brought, as at ingest, and so writes nothing under the same rules", async () => {
    const stored = JSON.parse((await redis.hget(joinedKeys.story("first"), "tags")) ?? "{}");
    expect(stored.countries).toEqual(["CL"]);
    expect(stored.custom).toEqual(["andes-desk"]);
    const before = await redis.get(joinedKeys.version);
    const result = await retagStories(redis, joinedKeys, tag, feeds, { perSecond: 1000, pause: noPause });
    expect(result).toEqual({ seen: 1, changed: 0 });
    expect(await redis.get(joinedKeys.version)).toBe(before);
    expect(await redis.zrange(joinedKeys.index("country", "CL"), 0, -1)).toEqual(["first"]);
  });
});
