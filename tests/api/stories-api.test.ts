import { parseJsonFeed } from "feedsmith";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoryDetailSchema, StoryPageSchema } from "../../src/api/schemas.ts";
import type { StoreKeys } from "../../src/store/keys.ts";
import { saveReport } from "../../src/store/stories.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";
import { createTestApi, NOW, SEEDS, type StorySeed, saveSeed } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-stories");
const { app, keys } = createTestApi(redis, prefix);
const RETENTION_MS = 90 * 86_400_000;

/** A story stored with the evidence the tagger would have given it. */
const WITH_EVIDENCE = makeItem("zhanaozen-oil", {
  feedId: "steppe-wire",
  title: "Oil workers in Zhanaozen strike over wages",
  summary: "Hundreds stopped work at two fields.",
  published: "2026-01-15T07:00:00.000Z",
});

beforeAll(async () => {
  for (const seed of SEEDS) await saveSeed(redis, keys, seed);
  const report = makeReport(WITH_EVIDENCE, {
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["unrest"],
    evidence: [
      { tag: "KZ", kind: "country", rule: "place", field: "title", terms: ["Zhanaozen"] },
      { tag: "central-asia", kind: "region", rule: "region:KZ", field: "title", terms: ["Zhanaozen"] },
      { tag: "unrest", kind: "crisis", rule: "en:unrest", field: "title", terms: ["strike"] },
      { tag: "unrest", kind: "crisis", rule: "en:unrest", field: "summary", terms: ["stopped work"] },
    ],
  });
  report.source.feedName = "Steppe Wire";
  await saveReport(redis, keys, report, NOW, RETENTION_MS);
});
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const ALL_IDS = [...SEEDS.map((seed) => seed.id), "zhanaozen-oil"];

async function getJson(path: string, status = 200): Promise<unknown> {
  const response = await app.request(path);
  expect(response.status, `${path}: ${response.status}`).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
  return response.json();
}

async function page(path: string) {
  return StoryPageSchema.parse(await getJson(path));
}

/** Follows `next` from the first page to the last, returning the ids of each page. */
async function walk(query: string, from: App = app): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = "";
  while (cursor !== null && pages.length < 50) {
    const response = await from.request(`/api/stories?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    const body = StoryPageSchema.parse(await response.json());
    pages.push(body.stories.map((story) => story.id));
    cursor = body.next;
  }
  return pages;
}
type App = ReturnType<typeof createTestApi>["app"];

describe("GET /api/stories", () => {
  it("lists every story newest first, in the documented shape, with a null next on the last page", async () => {
    const body = await page("/api/stories");
    expect(body.stories.map((story) => story.id)).toEqual(ALL_IDS);
    expect(body.next).toBeNull();
    expect(body.stories[0]).toEqual({
      id: "aktau-fuel",
      title: SEEDS[0]?.title,
      summary: SEEDS[0]?.summary,
      link: "https://almaty-vesti.example/news/aktau-fuel",
      author: null,
      published: "2026-03-10T08:00:00.000Z",
      firstSeen: "2026-03-10T08:00:00.000Z",
      lastSeen: "2026-03-10T09:15:00.000Z",
      language: "ru",
      countries: ["KZ"],
      regions: ["central-asia"],
      crises: ["unrest"],
      custom: [],
      feedId: "almaty-vesti",
      sourceCount: 2,
    });
  });

  // The feeds' filters, parsed by the same code: the API must select exactly what the JSON Feed does.
  it.each([
    "country=KZ",
    "country=pe,sd",
    "region=southern-asia",
    "crisis=flood,earthquake",
    "lang=ru",
    "lang=en&feed=steppe-wire",
    "q=aktau&exclude=court",
    "since=7d",
    "until=2026-02-21T00:00:00Z",
    "country=KZ&crisis=unrest&since=30d",
    "limit=2",
  ])("selects what /feed.json selects for %s", async (query) => {
    const feed = parseJsonFeed(await (await app.request(`/feed.json?${query}`)).text());
    const fromFeed = (feed.items ?? []).map((item) => item.id?.replace("tag:sitrep.dev,2025:story/", ""));
    const body = await page(`/api/stories?${query}`);
    expect(body.stories.map((story) => story.id)).toEqual(fromFeed);
    expect(fromFeed.length).toBeGreaterThan(0);
  });

  it("pages through every story with `next`, each once, in order", async () => {
    const pages = await walk("limit=2");
    expect(pages).toEqual([
      ["aktau-fuel", "astana-bloggers"],
      ["blue-nile-aid", "khulna-embankment"],
      ["arequipa-quake", "karaganda-miners"],
      ["zhanaozen-oil"],
    ]);
  });

  it("pages a filtered list, text filters included, with the filters repeated on each page", async () => {
    expect(await walk("country=KZ&limit=2")).toEqual([
      ["aktau-fuel", "astana-bloggers"],
      ["karaganda-miners", "zhanaozen-oil"],
    ]);
    expect((await walk("q=aktau&limit=1")).flat()).toEqual(["aktau-fuel", "astana-bloggers"]);
  });

  it("answers a repeated page with 304 to its ETag", async () => {
    const first = await app.request("/api/stories?limit=3");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await app.request("/api/stories?limit=3", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it.each([
    ["cursor=not-a-cursor!", "cursor"],
    [`cursor=${Buffer.from('[1,"bad id"]').toString("base64url")}`, "cursor"],
    [`cursor=${Buffer.from('["1","x"]').toString("base64url")}`, "cursor"],
    ["cursor=WzEsImEiXQ&cursor=WzEsImEiXQ", "cursor"],
    ["crisis=riot", "crisis"],
    ["limit=501", "limit"],
    ["page=2", "page"],
  ])("refuses %s with a 400 naming %s", async (query, param) => {
    const body = (await getJson(`/api/stories?${query}`, 400)) as { param: string; accepted: string };
    expect(body.param).toBe(param);
    expect(body.accepted.length).toBeGreaterThan(0);
  });
});

describe("GET /api/stories/:id", () => {
  it("gives every source with its feed, link, title and time", async () => {
    const story = StoryDetailSchema.parse(await getJson("/api/stories/aktau-fuel"));
    expect(story.sources).toEqual([
      {
        itemId: "aktau-fuel",
        feedId: "almaty-vesti",
        feedName: "Алматы Вести",
        title: SEEDS[0]?.title,
        link: "https://almaty-vesti.example/news/aktau-fuel",
        language: "ru",
        published: "2026-03-10T08:00:00.000Z",
      },
      {
        itemId: "aktau-fuel-0",
        feedId: "steppe-wire",
        feedName: "Steppe Wire",
        title: "Drivers in Aktau rally against a gas price rise",
        link: "https://steppe-wire.example/news/aktau-fuel",
        language: "en",
        published: "2026-03-10T09:15:00.000Z",
      },
    ]);
    expect(story.contentHtml).toBe(`<p>${SEEDS[0]?.summary}</p>`);
    // Stored without evidence: every tag is still listed, with none.
    expect(story.tags).toEqual([
      { kind: "country", tag: "KZ", evidence: [] },
      { kind: "region", tag: "central-asia", evidence: [] },
      { kind: "crisis", tag: "unrest", evidence: [] },
    ]);
  });

  it("gives the stored evidence for each tag", async () => {
    const story = StoryDetailSchema.parse(await getJson("/api/stories/zhanaozen-oil"));
    expect(story.tags).toEqual([
      {
        kind: "country",
        tag: "KZ",
        evidence: [{ rule: "place", field: "title", terms: ["Zhanaozen"] }],
      },
      {
        kind: "region",
        tag: "central-asia",
        evidence: [{ rule: "region:KZ", field: "title", terms: ["Zhanaozen"] }],
      },
      {
        kind: "crisis",
        tag: "unrest",
        evidence: [
          { rule: "en:unrest", field: "title", terms: ["strike"] },
          { rule: "en:unrest", field: "summary", terms: ["stopped work"] },
        ],
      },
    ]);
    expect(story.sources.map((source) => source.feedName)).toEqual(["Steppe Wire"]);
  });

  it("answers 404 with a JSON reason for an id never stored", async () => {
    const body = (await getJson("/api/stories/AAAAAAAAAAAAAAAA", 404)) as { error: string };
    expect(body.error).toMatch(/no story "AAAAAAAAAAAAAAAA"/);
  });

  it.each(["bad%20id", "a.b", "x".repeat(65), "%C3%A9"])(
    "answers 400 for the malformed id %s",
    async (id) => {
      const body = (await getJson(`/api/stories/${id}`, 400)) as { param: string; accepted: string };
      expect(body.param).toBe("id");
      expect(body.accepted).toContain("A-Z a-z 0-9 - _");
    },
  );
});

describe("cursor pagination under concurrent writes", () => {
  let writer: Redis;
  let own: ReturnType<typeof createTestApi>;
  let ownKeys: StoreKeys;
  const ownPrefix = testPrefix("api-stories-cursor");
  const story = (id: string, published: string): StorySeed => ({
    id,
    feedId: "steppe-wire",
    title: `Report ${id}`,
    summary: `About ${id}`,
    published,
    language: "en",
    countries: ["KZ"],
  });

  beforeAll(async () => {
    writer = connect();
    own = createTestApi(writer, ownPrefix);
    ownKeys = own.keys;
    // c1 and c2 share a publication time, so the order between them is the id's.
    for (const seed of [
      story("a", "2026-03-09T10:00:00.000Z"),
      story("b", "2026-03-09T09:00:00.000Z"),
      story("c2", "2026-03-09T08:00:00.000Z"),
      story("c1", "2026-03-09T08:00:00.000Z"),
      story("d", "2026-03-09T07:00:00.000Z"),
      story("e", "2026-03-09T06:00:00.000Z"),
    ])
      await saveSeed(writer, ownKeys, seed);
  });
  afterAll(async () => {
    await dropPrefix(writer, ownPrefix);
    await writer.quit();
  });

  const ids = async (path: string) => {
    const body = StoryPageSchema.parse(await (await own.app.request(path)).json());
    return { ids: body.stories.map((entry) => entry.id), next: body.next };
  };

  it("breaks ties between equal times by id, without skipping or repeating", async () => {
    expect((await walk("limit=1", own.app)).flat()).toEqual(["a", "b", "c2", "c1", "d", "e"]);
    expect(await walk("limit=3", own.app)).toEqual([
      ["a", "b", "c2"],
      ["c1", "d", "e"],
    ]);
  });

  it("keeps page 2 as it was when stories are stored after page 1 was read", async () => {
    const first = await ids("/api/stories?limit=2");
    expect(first.ids).toEqual(["a", "b"]);
    const secondBefore = await ids(`/api/stories?limit=2&cursor=${first.next}`);
    expect(secondBefore.ids).toEqual(["c2", "c1"]);

    // Newer than everything, and one at the cursor's own time that sorts before it: both belong above page 2.
    await saveSeed(writer, ownKeys, story("new", "2026-03-10T11:00:00.000Z"));
    await saveSeed(writer, ownKeys, story("bz", "2026-03-09T09:00:00.000Z"));
    expect((await ids("/api/stories?limit=2")).ids).toEqual(["new", "a"]);

    const secondAfter = await ids(`/api/stories?limit=2&cursor=${first.next}`);
    expect(secondAfter).toEqual(secondBefore);
    expect((await ids(`/api/stories?limit=2&cursor=${secondAfter.next}`)).ids).toEqual(["d", "e"]);
  });
});
