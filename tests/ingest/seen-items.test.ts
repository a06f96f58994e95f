import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortUnseen } from "../../src/ingest/seen-items.ts";
import { draftFeed } from "../../src/normalise/normalise-feed.ts";
import { readFeed } from "../../src/parse/read-feed.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { loadStories } from "../../src/store/stories.ts";
import { pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { type FixtureEntry, rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const redis = connect();
const prefix = testPrefix("seen-items");
const keys = storeKeys(prefix);
const now = () => new Date("2026-11-21T12:00:00Z");

const LANDSLIDE: FixtureEntry = {
  id: "landslide",
  title: "Landslide blocks the only road into the Varesh valley",
  summary: "Villagers cleared a footpath overnight while crews wait for the rain to stop.",
  published: "2026-11-21T05:00:00Z",
};
const STRIKE: FixtureEntry = {
  id: "strike",
  title: "Nurses at three city hospitals begin a two-day strike over pay",
  summary: "Emergency wards stay open, the union said, and planned operations are postponed.",
  published: "2026-11-21T06:00:00Z",
};
const CURFEW: FixtureEntry = {
  id: "curfew",
  title: "Night curfew lifted in the port city of Salvik after a calm week",
  summary: "Shops may stay open past ten again from Monday, the governor announced.",
  published: "2026-11-21T07:00:00Z",
};
const BRIDGE: FixtureEntry = {
  id: "bridge",
  title: "Old rail bridge over the Tamsa closed after inspectors find cracks",
  summary: "Freight trains take a detour of ninety kilometres until repairs are done.",
  published: "2026-11-21T08:00:00Z",
};

let document: FixtureEntry[] = [];
let server: TestServer;

beforeAll(async () => {
  // No validators: every poll downloads and parses the whole document again.
  server = await startServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed("Valley news", document));
  });
});

afterAll(async () => {
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("the feed's seen-set", () => {
  const config = () =>
    validateConfig(
      {
        allowPrivateHosts: ["127.0.0.1"],
        retention: "30d",
        feeds: [{ id: "valley", url: `${server.url}/valley.xml`, interval: "1m" }],
      },
      "test",
    );
  const poll = () =>
    pollFeed(
      createPollDeps(config(), { redis, prefix, log: pino({ level: "silent" }), now }),
      "valley",
      false,
    );
  const seenIds = async () => (await redis.hkeys(keys.feedSeen("valley"))).length;

  it("lets only new and edited items through to the store", async () => {
    document = [LANDSLIDE, STRIKE];
    expect(await poll()).toMatchObject({ kind: "stored", items: 2, created: 2, unchanged: 0 });
    const edited = {
      ...LANDSLIDE,
      title: "Landslide blocks the only road into the Varesh valley; army sends engineers",
    };
    document = [edited, STRIKE, CURFEW];
    expect(await poll()).toMatchObject({ items: 3, created: 1, repeated: 1, changed: 2, unchanged: 1 });
    const stories = await loadStories(redis, keys, await redis.zrange(keys.index("feed", "valley"), 0, -1));
    expect(stories.map((story) => story.item.title).sort()).toEqual(
      [edited.title, STRIKE.title, CURFEW.title].sort(),
    );
    // The same bytes again are not parsed at all; with their hash forgotten they are, and the
    // seen-set lets none of the items through.
    expect(await poll()).toEqual({ kind: "not-modified" });
    await redis.hdel(keys.feedStatus("valley"), "bodyHash");
    expect(await poll()).toMatchObject({ items: 3, created: 0, repeated: 0, changed: 0, unchanged: 3 });
  });

  it("holds the items of the last document that brought something new, and expires", async () => {
    expect(await seenIds()).toBe(3);
    document = [CURFEW, BRIDGE];
    expect(await poll()).toMatchObject({ created: 1, unchanged: 1 });
    expect(await seenIds()).toBe(2);
    const ttl = await redis.pttl(keys.feedSeen("valley"));
    expect(ttl).toBeGreaterThan(29 * 86_400_000);
    expect(ttl).toBeLessThanOrEqual(30 * 86_400_000);
  });
});

describe("sorting a document's items before their content is sanitised", () => {
  // No channel link: relative links resolve against the feed's own address.
  const document = `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley news</title>
<item><title>${BRIDGE.title}</title><guid>https://news.example/bridge</guid>
<description>&lt;p&gt;Cracks in the pier.&lt;/p&gt;&lt;img src="pier.jpg"&gt;</description></item>
<item><title>${CURFEW.title}</title><guid>https://news.example/curfew</guid>
<description>${CURFEW.summary}</description></item></channel></rss>`;
  const drafts = async (feedUrl: string) =>
    draftFeed(await readFeed(document), { feedId: "valley", feedUrl, languageHint: null, now: now() }).drafts;

  it("knows an item by its unsanitised content and the base its links resolve against", async () => {
    const first = await drafts("https://valley.example/feed.xml");
    expect(first[0]?.item.contentHtml).toContain('src="pier.jpg"');
    const seen = Object.fromEntries(sortUnseen(first, {}, "Valley news", now()).hashes);
    expect(sortUnseen(first, seen, "Valley news", now())).toMatchObject({ fresh: [], unchanged: 2 });
    // At another address the relative photo resolves elsewhere, so the items are not known there.
    const moved = sortUnseen(await drafts("https://mirror.example/feed.xml"), seen, "Valley news", now());
    expect(moved).toMatchObject({ unchanged: 0 });
  });
});
