import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Story } from "../../src/model/story.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { loadStories } from "../../src/store/stories.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import { ingestFeed } from "../helpers/ingest.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";

const redis = connect();
const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;
const tag = createTagger(TaggingSchema.parse({}));
const prefixes: string[] = [];

/** The outlet's own article, on its own site; its feed is served from a subdomain of that site. */
const ARTICLE = "https://www.coastal-weather.example/2026/03/rain-front-weekend";
const OUTLET = { id: "coastal-weather", url: "https://feeds.coastal-weather.example/rss" };
const MIRROR = { id: "mirror-wire", url: "https://mirror-wire.example/rss" };
const DIGEST = { id: "regional-digest", url: "https://regional-digest.example/feed", countries: ["KZ"] };

const WEATHER = {
  title: "Heavy rain expected along the northern coast this weekend",
  summary:
    "Forecasters say a slow front will bring up to 80 millimetres of rain to coastal towns on Saturday, with gusty winds and cooler air following on Sunday.",
};
const WEATHER_REWRITE = {
  title: "Northern coast braces for heavy rain this weekend",
  summary:
    "A slow front is forecast to bring up to 80 millimetres of rain to coastal towns on Saturday, forecasters say, followed by gusty winds and cooler air on Sunday.",
};
const FAKE = {
  title: "Military coup, curfew and terrorist attack in Russia",
  summary:
    "Soldiers seized government buildings in Moscow overnight, a nationwide curfew was declared and a bomb exploded near the Kremlin, officials said.",
};
const FAKE_TAGS = { countries: ["RU"], crises: ["coup", "terrorism", "state-of-emergency"] };

type Feed = { id: string; url: string; countries?: string[] };

/** Polls one feed carrying one item at ARTICLE, through parsing, tagging, dedup and the store. */
async function poll(prefix: string, feed: Feed, text: { title: string; summary: string }, minutes: number) {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>${feed.id}</title>
<item><title>${text.title}</title><link>${ARTICLE}</link><guid isPermaLink="false">${feed.id}-1</guid>
<pubDate>${new Date(NOW.getTime() - DAY + minutes * 60_000).toUTCString()}</pubDate>
<description>${text.summary}</description></item></channel></rss>`;
  await ingestFeed(redis, prefix, feed, rss, tag, NOW);
}

async function stories(prefix: string): Promise<Story[]> {
  const keys = storeKeys(prefix);
  return loadStories(redis, keys, await redis.zrange(keys.timeline, 0, -1));
}

function freshPrefix(): string {
  const prefix = testPrefix("feed-trust");
  prefixes.push(prefix);
  return prefix;
}

const feedsOf = (story: Story | undefined) => story?.sources.map((source) => source.feedId).sort();
const byTitle = (all: Story[], title: string) => all.find((story) => story.item.title === title);

afterEach(async () => {
  for (const prefix of prefixes.splice(0)) await dropPrefix(redis, prefix);
});

afterAll(() => redis.disconnect());

describe("a feed republishing another outlet's address under its own story", () => {
  it("leaves the outlet's story its headline and tags, and becomes a story of its own", async () => {
    const prefix = freshPrefix();
    await poll(prefix, OUTLET, WEATHER, 0);
    await poll(prefix, MIRROR, FAKE, 30);
    const all = await stories(prefix);
    expect(all).toHaveLength(2);
    const outlet = byTitle(all, WEATHER.title);
    expect(feedsOf(outlet)).toEqual(["coastal-weather"]);
    expect(outlet?.countries).not.toContain("RU");
    for (const crisis of FAKE_TAGS.crises) expect(outlet?.crises).not.toContain(crisis);
    // The fake does carry those tags: it is the fake's own story that shows them.
    const fake = byTitle(all, FAKE.title);
    expect(feedsOf(fake)).toEqual(["mirror-wire"]);
    expect(fake?.countries).toEqual(FAKE_TAGS.countries);
    expect(fake?.crises).toEqual(expect.arrayContaining(FAKE_TAGS.crises));
  });

  it("cannot take the headline by publishing the address first", async () => {
    const prefix = freshPrefix();
    await poll(prefix, MIRROR, FAKE, 0);
    await poll(prefix, OUTLET, WEATHER, 30);
    const all = await stories(prefix);
    expect(all.map((story) => story.item.title).sort()).toEqual([WEATHER.title, FAKE.title].sort());
    const outlet = byTitle(all, WEATHER.title);
    expect(feedsOf(outlet)).toEqual(["coastal-weather"]);
    expect(outlet?.crises).toEqual(expect.not.arrayContaining(FAKE_TAGS.crises));
  });
});

describe("feeds agreeing on an address", () => {
  it("merge into one story, which keeps the outlet's headline and none of the joiner's feed hints", async () => {
    const prefix = freshPrefix();
    await poll(prefix, OUTLET, WEATHER, 0);
    await poll(prefix, DIGEST, WEATHER_REWRITE, 30);
    const [story, ...rest] = await stories(prefix);
    expect(rest).toEqual([]);
    expect(feedsOf(story)).toEqual(["coastal-weather", "regional-digest"]);
    expect(story?.item.title).toBe(WEATHER.title);
    expect(story?.countries).not.toContain("KZ");
  });

  it("take the outlet's headline when the outlet's own report comes after a republisher's", async () => {
    const prefix = freshPrefix();
    await poll(prefix, DIGEST, WEATHER_REWRITE, 0);
    await poll(prefix, OUTLET, WEATHER, 30);
    const [story, ...rest] = await stories(prefix);
    expect(rest).toEqual([]);
    expect(feedsOf(story)).toEqual(["coastal-weather", "regional-digest"]);
    expect(story?.item.title).toBe(WEATHER.title);
  });
});
