import iconv from "iconv-lite";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/setup/config-schema.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { loadStories } from "../../src/store/stories.ts";
import { pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { appFor } from "../helpers/app.ts";
import { atomFeed, rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const redis = connect();
const prefix = testPrefix("poll");
const keys = storeKeys(prefix);
const log = pino({ level: "silent" });
const now = () => new Date("2026-11-21T12:00:00Z");

const wire = [
  {
    id: "quake",
    title: "Strong earthquake shakes the coast of Chile",
    summary: "Buildings swayed in the capital; no damage was reported in the first hours.",
    published: "2026-11-21T08:00:00Z",
  },
  {
    id: "vote",
    title: "Parliament in Lisbon passes a budget after a long night",
    summary: "The vote ended a week of negotiations between the coalition partners.",
    published: "2026-11-21T09:00:00Z",
  },
];
const russian = [
  {
    id: "almaty",
    title: "В Алматы продолжаются протесты",
    summary: "Жители вышли на площадь, мобильный интернет не работает с утра.",
    published: "2026-11-21T07:00:00Z",
  },
];

const requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    requests.push({
      path: req.url ?? "",
      ifNoneMatch: req.headers["if-none-match"],
      ifModifiedSince: req.headers["if-modified-since"],
    });
    if (req.url === "/wire.xml") {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, {
        "content-type": "application/rss+xml",
        etag: '"v1"',
        "last-modified": "Sat, 21 Nov 2026 09:00:00 GMT",
      });
      res.end(rssFeed("Wire", wire));
    } else if (req.url === "/ru.xml") {
      // The charset is only in the XML declaration, not in the HTTP header.
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(iconv.encode(rssFeed("Новости", russian, "windows-1251"), "win1251"));
    } else if (req.url === "/atom.xml") {
      res.writeHead(200, { "content-type": "application/atom+xml" });
      res.end(
        atomFeed("Atom wire", [
          {
            id: "atom-port",
            title: "Dockworkers end their strike in Rotterdam",
            summary: "Cargo ships had queued outside the harbour for a week.",
            published: "2026-11-21T06:00:00Z",
          },
        ]),
      );
    } else if (req.url === "/undated.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        '<rss version="2.0"><channel><title>Undated</title><item><title>Shelters open across the valley</title><guid>undated-1</guid></item></channel></rss>',
      );
    } else if (req.url === "/twice.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        `<rss version="2.0"><channel><title>Twice</title>${[
          "Dam gates opened as the reservoir fills",
          "Schools closed for a second day",
          "Dam gates opened as the reservoir fills",
        ]
          .map(
            (title) =>
              `<item><title>${title}</title><link>http://twice.example/${title.length}</link><pubDate>Sat, 21 Nov 2026 08:30:00 GMT</pubDate></item>`,
          )
          .join("")}</channel></rss>`,
      );
    } else if (req.url === "/broken.xml") {
      res.writeHead(500).end("internal error");
    } else if (req.url === "/gone.xml") {
      res.writeHead(410).end();
    } else if (req.url === "/html") {
      res
        .writeHead(200, { "content-type": "text/html" })
        .end("<!doctype html><html><body>Hello</body></html>");
    } else res.writeHead(404).end();
  });
});

afterAll(async () => {
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** A body whose hash is forgotten is parsed again, whatever it holds. */
const forgetBody = (feedId: string) => redis.hdel(keys.feedStatus(feedId), "bodyHash");

function configFor(feeds: { id: string; path: string }[]): Config {
  return validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: feeds.map((feed) => ({ id: feed.id, url: `${server.url}${feed.path}`, interval: "1m" })),
    },
    "test",
  );
}

describe("polling one feed", () => {
  it("stores items, then sends conditional headers and parses nothing on 304", async () => {
    const deps = createPollDeps(configFor([{ id: "wire", path: "/wire.xml" }]), { redis, prefix, log, now });
    const first = await pollFeed(deps, "wire", false);
    expect(first).toMatchObject({ kind: "stored", items: 2, created: 2 });
    const second = await pollFeed(deps, "wire", false);
    expect(second).toEqual({ kind: "not-modified" });
    const wireRequests = requests.filter((request) => request.path === "/wire.xml");
    expect(wireRequests.at(-1)).toMatchObject({
      ifNoneMatch: '"v1"',
      ifModifiedSince: "Sat, 21 Nov 2026 09:00:00 GMT",
    });
    const status = await readStatus(redis, keys, "wire");
    expect(status).toMatchObject({
      lastStatus: 304,
      lastError: null,
      consecutiveFailures: 0,
      itemCount: 2,
      itemsStored: 2,
    });
  });

  it("an undated item keeps the time it was first seen: re-polling it later changes nothing", async () => {
    const config = configFor([{ id: "undated", path: "/undated.xml" }]);
    const first = new Date("2026-11-21T10:00:00Z");
    await pollFeed(createPollDeps(config, { redis, prefix, log, now: () => first }), "undated", false);
    const version = await redis.get(keys.version);
    // The same bytes again are not parsed at all (see below); forgetting their hash lets the
    // document through, to show what the seen-set and the store make of it.
    await forgetBody("undated");
    const later = () => new Date("2026-11-21T11:30:00Z");
    const again = await pollFeed(
      createPollDeps(config, { redis, prefix, log, now: later }),
      "undated",
      false,
    );
    expect(again).toMatchObject({ kind: "stored", unchanged: 1, repeated: 0, changed: 0 });
    // Without its seen-set the item goes through the store, which keeps its first-seen time too.
    await redis.unlink(keys.feedSeen("undated"));
    await forgetBody("undated");
    const evenLater = () => new Date("2026-11-21T13:00:00Z");
    const third = await pollFeed(
      createPollDeps(config, { redis, prefix, log, now: evenLater }),
      "undated",
      false,
    );
    expect(third).toMatchObject({ kind: "stored", unchanged: 0, repeated: 1, changed: 0 });
    expect(await redis.get(keys.version)).toBe(version);
    const [id] = await redis.zrange(keys.index("feed", "undated"), 0, -1);
    const [story] = await loadStories(redis, keys, [id ?? ""]);
    expect(story?.item.published).toBe(first.toISOString());
    expect(story?.sources[0]?.published).toBe(first.toISOString());
    expect(await redis.zscore(keys.index("feed", "undated"), id ?? "")).toBe(String(first.getTime()));
  });

  it("re-polling the same items creates no duplicates", async () => {
    await redis.unlink(keys.feedStatus("wire"));
    const deps = createPollDeps(configFor([{ id: "wire", path: "/wire.xml" }]), { redis, prefix, log, now });
    const again = await pollFeed(deps, "wire", false);
    expect(again).toMatchObject({ kind: "stored", created: 0, unchanged: 2, repeated: 0 });
    // A lost seen-set costs work, not duplicates: the store still knows each item's story.
    await redis.unlink(keys.feedStatus("wire"), keys.feedSeen("wire"));
    const third = await pollFeed(deps, "wire", false);
    expect(third).toMatchObject({ kind: "stored", created: 0, unchanged: 0, repeated: 2, changed: 0 });
    const ids = await redis.zrange(keys.index("feed", "wire"), 0, -1);
    expect(ids).toHaveLength(2);
  });

  it("stores an item a document lists twice as one report of one story, and re-polls it unchanged", async () => {
    const deps = createPollDeps(configFor([{ id: "twice", path: "/twice.xml" }]), {
      redis,
      prefix,
      log,
      now,
    });
    const first = await pollFeed(deps, "twice", false);
    expect(first).toMatchObject({ kind: "stored", items: 3, created: 2, joined: 0, repeated: 1 });
    const ids = await redis.zrange(keys.index("feed", "twice"), 0, -1);
    expect(ids).toHaveLength(2);
    const stories = await loadStories(redis, keys, ids);
    expect(stories.map((story) => story.sources.length)).toEqual([1, 1]);
    expect(await readStatus(redis, keys, "twice")).toMatchObject({ itemCount: 3, itemsStored: 2 });
    const version = await redis.get(keys.version);
    await forgetBody("twice");
    expect(await pollFeed(deps, "twice", false)).toMatchObject({
      created: 0,
      repeated: 0,
      changed: 0,
      unchanged: 3,
    });
    expect(await redis.get(keys.version)).toBe(version);
  });

  it("handles a 200 whose body is byte-identical to the last one like a 304: nothing is parsed", async () => {
    const deps = createPollDeps(configFor([{ id: "same", path: "/twice.xml" }]), { redis, prefix, log, now });
    expect(await pollFeed(deps, "same", false)).toMatchObject({ kind: "stored", items: 3 });
    // Parsed, the document would come back as "stored" with its three items unchanged.
    expect(await pollFeed(deps, "same", false)).toEqual({ kind: "not-modified" });
    expect(await readStatus(redis, keys, "same")).toMatchObject({
      lastStatus: 200,
      lastError: null,
      itemCount: 3,
      itemsStored: 2,
    });
  });

  it("decodes a windows-1251 feed whose charset is only in the XML declaration", async () => {
    const deps = createPollDeps(configFor([{ id: "ru", path: "/ru.xml" }]), { redis, prefix, log, now });
    await pollFeed(deps, "ru", false);
    const [id] = await redis.zrange(keys.index("feed", "ru"), 0, -1);
    const [story] = await loadStories(redis, keys, [id ?? ""]);
    expect(story?.item.title).toBe("В Алматы продолжаются протесты");
    expect(story?.item.summary).toBe("Жители вышли на площадь, мобильный интернет не работает с утра.");
  });

  it("records failures with backoff; 410 is permanent; an HTML page is not a feed", async () => {
    const config = configFor([
      { id: "broken", path: "/broken.xml" },
      { id: "gone", path: "/gone.xml" },
      { id: "page", path: "/html" },
    ]);
    const deps = createPollDeps(config, { redis, prefix, log, now });
    await expect(pollFeed(deps, "broken", false)).rejects.toThrow(/500/);
    const broken = await readStatus(redis, keys, "broken");
    expect(broken).toMatchObject({ lastStatus: 500, consecutiveFailures: 1, disabled: false });
    expect(Date.parse(broken.notBefore ?? "")).toBeGreaterThan(now().getTime());
    // The next scheduled tick rests; BullMQ's own retry of the attempt does not, and it is
    // the same tick's failure, so it adds none.
    expect(await pollFeed(deps, "broken", false)).toMatchObject({ kind: "skipped" });
    await expect(pollFeed(deps, "broken", true)).rejects.toThrow(/500/);
    expect(await readStatus(redis, keys, "broken")).toMatchObject({
      lastStatus: 500,
      consecutiveFailures: 1,
    });

    await expect(pollFeed(deps, "gone", false)).rejects.toMatchObject({ name: "UnrecoverableError" });
    expect(await readStatus(redis, keys, "gone")).toMatchObject({ lastStatus: 410, disabled: true });

    expect(await pollFeed(deps, "removed-from-config", false)).toEqual({
      kind: "skipped",
      reason: "feed is no longer configured",
    });
    await expect(pollFeed(deps, "page", false)).rejects.toMatchObject({ name: "UnrecoverableError" });
    // The server answered 200; the status says so, next to why the poll still failed.
    expect(await readStatus(redis, keys, "page")).toMatchObject({
      lastStatus: 200,
      lastError: expect.stringMatching(/not a feed/i),
    });
  });

  it("shows each feed's status in /api/feeds and the stories in /feed.xml", async () => {
    const config = configFor([
      { id: "wire", path: "/wire.xml" },
      { id: "ru", path: "/ru.xml" },
      { id: "broken", path: "/broken.xml" },
      { id: "atom", path: "/atom.xml" },
    ]);
    await pollFeed(createPollDeps(config, { redis, prefix, log, now }), "atom", false);
    const app = appFor({ redis, keys, config, now });
    const feeds = (await (await app.request("/api/feeds")).json()) as Record<string, unknown>[];
    expect(feeds.map((feed) => feed.id)).toEqual(["wire", "ru", "broken", "atom"]);
    expect(feeds[2]).toMatchObject({ lastStatus: 500, consecutiveFailures: 1 });
    expect(feeds[2]?.lastError).toMatch(/500/);
    expect(feeds[0]).toMatchObject({ lastError: null, itemCount: 2 });
    for (const field of ["url", "name", "lastAttemptAt", "lastSuccessAt", "nextPollAt"])
      expect(feeds[0]).toHaveProperty(field);

    const rss = await app.request("/feed.xml?limit=10");
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    const body = await rss.text();
    expect(body).toContain("В Алматы продолжаются протесты");
    expect(body).toContain("Parliament in Lisbon passes a budget");
    expect(body).toContain("Dockworkers end their strike in Rotterdam");
  });
});
