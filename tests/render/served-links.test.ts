import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { toDetail, toSummary } from "../../src/api/story-json.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import type { Story } from "../../src/model/story.ts";
import { countActivity } from "../../src/query/activity.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { renderPage } from "../../src/render/page.tsx";
import { renderAtom } from "../../src/render/render-atom.ts";
import { renderJsonFeed } from "../../src/render/render-json-feed.ts";
import { renderRss } from "../../src/render/render-rss.ts";
import { CONTEXT } from "../parse/fixture.ts";
import { FEED_IDS, makeStory, NOW } from "../query/stories.ts";
import { DOC } from "./documents.ts";

// Sites that answer only on http, or only with "www.": the reader must land where the publisher pointed.
const PUBLISHED = [
  "http://www.gov.example/press/7?ref=main&utm_source=rss&utm_medium=feed&fbclid=abc",
  "http://relief.example/report?id=3&gclid=z&mc_cid=q#map",
  "https://www.agency.example/a/b/?lang=kk",
];
const SERVED = [
  "http://www.gov.example/press/7?ref=main",
  "http://relief.example/report?id=3#map",
  "https://www.agency.example/a/b/?lang=kk",
];

async function stories(): Promise<Story[]> {
  const items = PUBLISHED.map(
    (link, index) =>
      `<item><title>Notice ${index}</title><link>${link.replace(/&/g, "&amp;")}</link><guid>n${index}</guid></item>`,
  ).join("");
  const { items: parsed } = await parseFeed(
    `<rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`,
    CONTEXT,
  );
  return parsed.map((item, index) => {
    const story = makeStory({
      id: `n${index}`,
      feedId: "gov-desk",
      title: item.title,
      published: item.published,
      link: item.link,
    });
    return { ...story, item };
  });
}

describe("served links", () => {
  it("keep the publisher's scheme, host and path, less tracking parameters, while the canonical URL only compares", async () => {
    const parsed = await stories();
    expect(parsed.map((story) => story.item.link)).toEqual(SERVED);
    expect(parsed.map((story) => story.item.canonicalUrl)).toEqual([
      "https://gov.example/press/7",
      "https://relief.example/report?id=3",
      "https://agency.example/a/b?lang=kk",
    ]);
  });

  it("are the same in RSS, Atom, JSON Feed, the HTML page and the JSON API", async () => {
    const doc = { ...DOC, stories: await stories() };
    expect(parseRssFeed(renderRss(doc)).items?.map((item) => item.link)).toEqual(SERVED);
    expect(
      parseAtomFeed(renderAtom(doc)).entries?.map(
        (entry) => entry.links?.find((link) => link.rel === "alternate")?.href,
      ),
    ).toEqual(SERVED);
    expect(parseJsonFeed(renderJsonFeed(doc)).items?.map((item) => item.url)).toEqual(SERVED);
    const filter = parseFilter({}, { now: NOW, feedIds: FEED_IDS });
    const page = renderPage(doc, {
      filter,
      activity: countActivity(doc.stories, { now: NOW, by: "countries", days: 7 }),
      options: { countries: [], regions: [], crises: [], languages: [] },
      countryCounts: new Map(),
    });
    for (const link of SERVED) expect(page).toContain(`href="${link.replace(/&/g, "&amp;")}"`);
    expect(doc.stories.map((story) => toSummary(story).link)).toEqual(SERVED);
    expect(doc.stories.map((story) => toDetail(story).sources[0]?.link)).toEqual(SERVED);
  });
});
