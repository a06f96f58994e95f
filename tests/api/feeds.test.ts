import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { createTestApi, SEEDS, seededTestApi } from "./harness.ts";

const { app, redis, prefix } = seededTestApi("api-feeds");

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;
const BASE = "https://sitrep.example";
const storyId = (id: string) => `tag:sitrep.dev,2025:story/${id}`;
const allIds = SEEDS.map((seed) => storyId(seed.id));
const link = (feedId: string, id: string) => `https://${feedId}.example/news/${id}`;

async function fetchText(path: string, contentType: string): Promise<string> {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(`${contentType}; charset=utf-8`);
  return response.text();
}

describe("each format, from stored stories, parsed by feedsmith", () => {
  it("RSS 2.0 keeps every story, newest first, with its link, date, tags and other reports", async () => {
    const xml = await fetchText("/feed.xml", "application/rss+xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseRssFeed(xml);
    expect(feed.link).toBe(`${BASE}/`);
    expect(feed.atom?.links).toEqual([
      { href: `${BASE}/feed.xml`, rel: "self", type: "application/rss+xml" },
      { href: `${BASE}/websub`, rel: "hub" },
    ]);
    expect(feed.items?.map((item) => item.guid?.value)).toEqual(allIds);
    expect(feed.items?.every((item) => item.guid?.isPermaLink === false)).toBe(true);
    SEEDS.forEach((seed, index) => {
      const item = feed.items?.[index];
      expect(item?.title).toBe(seed.title);
      expect(item?.link).toBe(link(seed.feedId, seed.id));
      expect(item?.pubDate).toMatch(RFC_822);
      expect(Date.parse(item?.pubDate ?? "")).toBe(Date.parse(seed.published));
      expect(item?.categories?.map((category) => category.name)).toEqual([
        ...(seed.countries ?? []),
        ...(seed.regions ?? []),
        ...(seed.crises ?? []),
      ]);
    });
    expect(feed.items?.[0]?.atom?.links).toEqual([
      {
        href: link("steppe-wire", "aktau-fuel"),
        rel: "related",
        hreflang: "en",
        title: "Steppe Wire (en)",
      },
    ]);
  });

  it("Atom 1.0 has the same entries with RFC 3339 dates, a self link and related reports", async () => {
    const xml = await fetchText("/feed.atom", "application/atom+xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(`${BASE}/feed.atom`);
    expect(feed.updated).toBe("2026-03-10T09:15:00.000Z");
    expect(feed.links).toContainEqual({
      href: `${BASE}/feed.atom`,
      rel: "self",
      type: "application/atom+xml",
    });
    expect(feed.entries?.map((entry) => entry.id)).toEqual(allIds);
    SEEDS.forEach((seed, index) => {
      const entry = feed.entries?.[index];
      expect(entry?.title?.value).toBe(seed.title);
      expect(entry?.published).toBe(seed.published);
      expect(entry?.summary?.value).toBe(seed.summary);
      expect(entry?.links?.[0]).toEqual({
        href: link(seed.feedId, seed.id),
        rel: "alternate",
        type: "text/html",
      });
    });
    // The joining report moved the entry's updated time, not its published time.
    expect(feed.entries?.[0]).toMatchObject({
      published: "2026-03-10T08:00:00.000Z",
      updated: "2026-03-10T09:15:00.000Z",
    });
  });

  it("JSON Feed 1.1 has the same items, and every report of a story in its _sitrep extension", async () => {
    const text = await fetchText("/feed.json", "application/feed+json");
    const feed = parseJsonFeed(text);
    expect(feed.title).toBe("sitrep: all stories");
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.items?.map((item) => item.id)).toEqual(allIds);
    expect(feed.items?.map((item) => item.title)).toEqual(SEEDS.map((seed) => seed.title));
    expect(feed.items?.map((item) => item.language)).toEqual(SEEDS.map((seed) => seed.language));
    const raw = JSON.parse(text) as { version: string; items: { _sitrep: { sources: unknown[] } }[] };
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    expect(raw.items[0]?._sitrep.sources).toEqual([
      expect.objectContaining({ feed_id: "almaty-vesti", outlet: "Алматы Вести", main: true }),
      expect.objectContaining({
        feed_id: "steppe-wire",
        title: "Drivers in Aktau rally against a gas price rise",
        main: false,
      }),
    ]);
  });

  it("cleans a stored story's HTML in every format: no script, handlers, javascript: links or frames", async () => {
    const contents = [
      parseRssFeed(await fetchText("/feed.xml?crisis=flood", "application/rss+xml")).items?.[0]?.description,
      parseAtomFeed(await fetchText("/feed.atom?crisis=flood", "application/atom+xml")).entries?.[0]?.content
        ?.value,
      parseJsonFeed(await fetchText("/feed.json?crisis=flood", "application/feed+json")).items?.[0]
        ?.content_html,
    ];
    for (const html of contents) {
      expect(html).toContain("<p>Water rose overnight.</p>");
      expect(html).toContain('<img src="https://delta-post.example/map.png" />');
      expect(html).not.toMatch(/<script|<iframe|\son\w+=|javascript:/i);
    }
  });

  it("links itself and its twins with the canonical query, whatever order and case the request used", async () => {
    const feed = parseAtomFeed(
      await fetchText("/feed.atom?crisis=unrest,crackdown&country=kz", "application/atom+xml"),
    );
    const canonical = "country=KZ&crisis=crackdown,unrest";
    expect(feed.id).toBe(`${BASE}/feed.atom?${canonical}`);
    expect(feed.links).toContainEqual({ href: `${BASE}/?${canonical}`, rel: "alternate", type: "text/html" });
    expect(feed.title?.value).toBe("sitrep: Kazakhstan (KZ) · unrest, crackdown");
  });

  it("takes its base URL from a request naming a loopback or configured host when no public URL is set", async () => {
    const local = createTestApi(redis, prefix, {
      publicUrl: null,
      publicHosts: ["news.internal", "alt.internal:81"],
    });
    const selfLink = async (url: string) =>
      parseRssFeed(await (await local.app.request(url)).text()).atom?.links?.[0]?.href;
    expect(await selfLink("http://127.0.0.1:8080/feed.xml")).toBe("http://127.0.0.1:8080/feed.xml");
    // The same filter under another host is another rendering, not the first one from the cache.
    expect(await selfLink("http://news.internal/feed.xml")).toBe("http://news.internal/feed.xml");
    expect(await selfLink("http://alt.internal:81/feed.xml")).toBe("http://alt.internal:81/feed.xml");
    // Any other Host header is never reflected into a publicly cacheable document.
    expect(await selfLink("http://attacker.example/feed.xml")).toBe("http://news.internal/feed.xml");
    expect(await selfLink("http://news.internal:9999/feed.xml")).toBe("http://news.internal/feed.xml");
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await app.request("/feed.xml", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(await response.text()).toBe("");
  });
});

describe("named views", () => {
  it("serves a view's filter in each format, linking itself without a query", async () => {
    const feed = parseRssFeed(await fetchText("/views/kz-unrest.xml", "application/rss+xml"));
    expect(feed.items?.map((item) => item.guid?.value)).toEqual(
      ["aktau-fuel", "astana-bloggers", "karaganda-miners"].map(storyId),
    );
    expect(feed.atom?.links?.[0]?.href).toBe(`${BASE}/views/kz-unrest.xml`);
    expect(feed.link).toBe(`${BASE}/?country=KZ&crisis=crackdown,unrest`);
    const json = parseJsonFeed(await fetchText("/views/kz-unrest.json", "application/feed+json"));
    expect(json.feed_url).toBe(`${BASE}/views/kz-unrest.json`);
    expect(json.items).toHaveLength(3);
  });

  it("resolves a view's relative window at the request's time", async () => {
    const feed = parseAtomFeed(await fetchText("/views/recent-floods.atom", "application/atom+xml"));
    expect(feed.entries?.map((entry) => entry.id)).toEqual([storyId("khulna-embankment")]);
    expect(feed.title?.value).toBe("sitrep: flood · last 30d");
  });

  it("refuses query parameters on a view with a 400 naming the parameter", async () => {
    const response = await app.request("/views/kz-unrest.xml?country=PE");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      param: "country",
      error: expect.stringMatching(/no query/),
    });
  });

  it("answers 400 for an unknown view or format, naming the parameter and listing what exists", async () => {
    for (const [path, name] of [
      ["/views/nowhere.xml", "nowhere"],
      ["/views/KZ.xml", "KZ"],
      ["/views/.xml", ""],
    ] as const) {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: `invalid "view": unknown view "${name}"; accepted: kz-unrest, recent-floods`,
        param: "view",
        accepted: "kz-unrest, recent-floods",
      });
    }
    for (const path of ["/views/kz-unrest.rdf", "/views/kz-unrest"]) {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ param: "format", accepted: "xml, atom, json" });
    }
  });
});
