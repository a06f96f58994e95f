import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderAtom } from "../../src/render/render-atom.ts";
import { renderJsonFeed } from "../../src/render/render-json-feed.ts";
import { renderRss } from "../../src/render/render-rss.ts";
import { VOCABULARIES } from "../../src/render/vocab.ts";
import { makeStory } from "../query/stories.ts";
import { DOC, TRICKY, TRICKY_TITLE } from "./documents.ts";

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;
const RFC_3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const rss = renderRss(DOC);
const atom = renderAtom(DOC);
const json = renderJsonFeed(DOC);
const rssFeed = parseRssFeed(rss);
const atomFeed = parseAtomFeed(atom);
const jsonFeed = parseJsonFeed(json);

const TITLES = [TRICKY_TITLE, ...DOC.stories.slice(1).map((story) => story.item.title)];
const expectedTerms = DOC.stories.map((story) => [
  ...story.countries,
  ...story.regions,
  ...story.crises,
  ...story.custom,
]);

/** Nothing a reader could run: the rules the normaliser promises, checked again on the way out. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<iframe|\son\w+\s*=|javascript:/i);
}

describe("every format", () => {
  it("is well-formed, with no character XML 1.0 forbids", () => {
    for (const xml of [rss, atom]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(NOT_XML_CHAR);
    }
    expect(() => JSON.parse(json)).not.toThrow();
  });

  it("round-trips titles with markup characters, Cyrillic and Arabic", () => {
    expect(rssFeed.items?.map((item) => item.title)).toEqual(TITLES);
    expect(atomFeed.entries?.map((entry) => entry.title?.value)).toEqual(TITLES);
    // JSON can carry the control character XML cannot.
    expect(jsonFeed.items?.map((item) => item.title)).toEqual([TRICKY.item.title, ...TITLES.slice(1)]);
    expect(rssFeed.title).toBe(DOC.title);
    expect(atomFeed.title?.value).toBe(DOC.title);
    expect(jsonFeed.title).toBe(DOC.title);
  });

  it("has one entry per story with the same stable id in every format", () => {
    const ids = rssFeed.items?.map((item) => item.guid?.value);
    expect(ids).toHaveLength(DOC.stories.length);
    expect(new Set(ids).size).toBe(DOC.stories.length);
    expect(rssFeed.items?.every((item) => item.guid?.isPermaLink === false)).toBe(true);
    expect(atomFeed.entries?.map((entry) => entry.id)).toEqual(ids);
    expect(jsonFeed.items?.map((item) => item.id)).toEqual(ids);
    for (const id of ids ?? []) expect(URL.canParse(id ?? "")).toBe(true);
  });

  it("keeps an entry's id when another source joins the story", () => {
    const joined = {
      ...TRICKY,
      sources: [...TRICKY.sources, { ...TRICKY.sources[0], itemId: "late", feedId: "steppe-news" }],
    };
    const before = parseRssFeed(renderRss({ ...DOC, stories: [TRICKY] })).items?.[0]?.guid?.value;
    const after = parseRssFeed(renderRss({ ...DOC, stories: [joined as typeof TRICKY] })).items?.[0]?.guid
      ?.value;
    expect(after).toBe(before);
  });

  it("gives one category per tag whose text is the code or slug and whose domain names the vocabulary", () => {
    expect(rssFeed.items?.map((item) => item.categories?.map((category) => category.name))).toEqual(
      expectedTerms,
    );
    expect(atomFeed.entries?.map((entry) => entry.categories?.map((category) => category.term))).toEqual(
      expectedTerms,
    );
    expect(jsonFeed.items?.map((item) => item.tags)).toEqual(expectedTerms);
    expect(rssFeed.items?.[0]?.categories).toEqual([
      { name: "BD", domain: VOCABULARIES.country },
      { name: "southern-asia", domain: VOCABULARIES.region },
      { name: "flood", domain: VOCABULARIES.crisis },
    ]);
    expect(atomFeed.entries?.[3]?.categories).toEqual([
      { term: "UA", scheme: VOCABULARIES.country, label: "Ukraine" },
      { term: "eastern-europe", scheme: VOCABULARIES.region },
      { term: "armed-conflict", scheme: VOCABULARIES.crisis },
      { term: "energy", scheme: VOCABULARIES.custom },
    ]);
  });

  it("lists the other sources with links in the content, never linking a javascript: URL", () => {
    const contents = [
      rssFeed.items?.[0]?.description,
      atomFeed.entries?.[0]?.content?.value,
      jsonFeed.items?.[0]?.content_html,
    ];
    for (const html of contents) {
      expect(html).toContain(
        'Also reported by: <a href="https://kyiv-wire.example/p">Kyiv Wire (uk)</a>, راديو دارفور (ar)',
      );
      expect(html).toContain(
        'Reported by <a href="https://delta-times.example/news/tricky">Delta &amp; Sons &lt;Press&gt; (en)</a>',
      );
    }
  });

  it("cleans content even when a story carries script, handlers, javascript: links and iframes", () => {
    const contents = [
      ...(rssFeed.items ?? []).map((item) => item.description ?? ""),
      ...(atomFeed.entries ?? []).map((entry) => entry.content?.value ?? ""),
      ...(jsonFeed.items ?? []).map((item) => item.content_html ?? ""),
    ];
    expect(contents).toHaveLength(DOC.stories.length * 3);
    for (const html of contents) expectInert(html);
    expect(contents[0]).toContain("Water rose <b>fast</b>.");
    expect(contents[0]).toContain('<img src="https://delta-times.example/flood.jpg" />');
  });

  it("falls back to the summary, escaped, when a story has no content", () => {
    const story = makeStory({
      id: "bare",
      feedId: "delta-times",
      title: "t",
      summary: "a < b & c",
      published: "2025-06-01T00:00:00Z",
    });
    const html = parseAtomFeed(renderAtom({ ...DOC, stories: [story] })).entries?.[0]?.content?.value;
    expect(html).toMatch(/^<p>a &lt; b &amp; c<\/p>/);
  });
});

describe("RSS 2.0", () => {
  it("has the required channel elements and a self link", () => {
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
    expect(rssFeed.link).toBe(DOC.pageUrl);
    expect(rssFeed.description).toBe(DOC.description);
    expect(rssFeed.atom?.links).toEqual([{ href: DOC.selfUrl, rel: "self", type: "application/rss+xml" }]);
  });

  it("writes RFC 822 dates", () => {
    expect(rssFeed.lastBuildDate).toBe("Tue, 10 Jun 2025 12:00:00 GMT");
    for (const item of rssFeed.items ?? []) expect(item.pubDate).toMatch(RFC_822);
    expect(rssFeed.items?.[0]?.pubDate).toBe("Tue, 10 Jun 2025 11:00:00 GMT");
  });

  it("gives the byline as dc:creator (RSS author must be an e-mail) and links other reports", () => {
    expect(rssFeed.items?.[0]?.dc?.creators).toEqual(["Rahim & Co"]);
    expect(rss).not.toContain("<author>");
    expect(rssFeed.items?.[0]?.atom?.links).toEqual([
      { href: "https://kyiv-wire.example/p", rel: "related", hreflang: "uk", title: "Kyiv Wire (uk)" },
    ]);
  });
});

describe("Atom 1.0", () => {
  it("has id, title, updated, a self link and an author covering entries without a byline", () => {
    expect(atomFeed.id).toBe(DOC.selfUrl);
    expect(atomFeed.updated).toBe("2025-06-10T12:00:00.000Z");
    expect(atomFeed.links).toContainEqual({ href: DOC.selfUrl, rel: "self", type: "application/atom+xml" });
    expect(atomFeed.links).toContainEqual({ href: DOC.pageUrl, rel: "alternate", type: "text/html" });
    expect(atomFeed.authors).toEqual([{ name: "sitrep" }]);
  });

  it("writes RFC 3339 dates, updated never before published", () => {
    for (const entry of atomFeed.entries ?? []) {
      expect(entry.published).toMatch(RFC_3339);
      expect(entry.updated).toMatch(RFC_3339);
      expect(Date.parse(entry.updated ?? "")).toBeGreaterThanOrEqual(Date.parse(entry.published ?? ""));
    }
    // The Almaty story gained a report half an hour after it appeared.
    expect(atomFeed.entries?.[1]).toMatchObject({
      published: "2025-06-10T09:30:00.000Z",
      updated: "2025-06-10T10:00:00.000Z",
    });
  });

  it("gives each entry an alternate link, related links to other reports, author, summary and html content", () => {
    const entry = atomFeed.entries?.[0];
    expect(entry?.authors).toEqual([{ name: "Rahim & Co" }]);
    expect(entry?.links).toEqual([
      { href: "https://delta-times.example/news/tricky", rel: "alternate", type: "text/html" },
      {
        href: "https://kyiv-wire.example/p",
        rel: "related",
        type: "text/html",
        hreflang: "uk",
        title: "Kyiv Wire (uk)",
      },
    ]);
    expect(entry?.summary).toEqual({ value: "Summary with <angle> brackets & ampersands.", type: "text" });
    expect(entry?.content?.type).toBe("html");
  });
});

describe("JSON Feed 1.1", () => {
  const raw = JSON.parse(json);

  it("has the version, self and home URLs", () => {
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    expect(jsonFeed.feed_url).toBe(DOC.selfUrl);
    expect(jsonFeed.home_page_url).toBe(DOC.pageUrl);
  });

  it("writes RFC 3339 dates, authors and languages", () => {
    for (const item of jsonFeed.items ?? []) expect(item.date_published).toMatch(RFC_3339);
    expect(jsonFeed.items?.[0]?.authors).toEqual([{ name: "Rahim & Co" }]);
    expect(jsonFeed.items?.map((item) => item.language)).toEqual(["en", "ru", "en", "en", "ar", "en"]);
  });

  it("qualifies tags by vocabulary and lists every report in the _sitrep extension", () => {
    expect(raw.items[0]._sitrep).toEqual({
      countries: ["BD"],
      regions: ["southern-asia"],
      crises: ["flood"],
      custom: [],
      sources: [
        {
          outlet: "Delta & Sons <Press>",
          feed_id: "delta-times",
          title: TRICKY.item.title,
          url: "https://delta-times.example/news/tricky",
          language: "en",
          date_published: "2025-06-10T11:00:00Z",
          main: true,
        },
        {
          outlet: "Kyiv Wire",
          feed_id: "kyiv-wire",
          title: "Повінь у дельті",
          url: "https://kyiv-wire.example/p",
          language: "uk",
          date_published: "2025-06-10T11:00:00Z",
          main: false,
        },
        {
          outlet: "راديو دارفور",
          feed_id: "darfur-radio",
          title: "فيضانات",
          url: null,
          language: "ar",
          date_published: "2025-06-10T11:00:00Z",
          main: false,
        },
      ],
    });
  });
});
