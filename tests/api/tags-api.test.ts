import { describe, expect, it } from "vitest";
import { StoryDetailSchema, TagCountsSchema } from "../../src/api/schemas.ts";
import { seededTestApi, TAGGED_CONFIG, TAGGED_SEEDS } from "./harness.ts";

const { app, redis, prefix } = seededTestApi("api-tags", TAGGED_SEEDS, { config: TAGGED_CONFIG });

const FACETS = ["country", "region", "crisis", "lang", "feed", "tag"] as const;

async function counts(query: string) {
  const response = await app.request(`/api/tags${query ? `?${query}` : ""}`);
  expect(response.status).toBe(200);
  return TagCountsSchema.parse(await response.json());
}

async function storyIds(query: string): Promise<string[]> {
  const response = await app.request(`/api/stories?limit=500${query ? `&${query}` : ""}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { stories: { id: string }[] }).stories.map((story) => story.id);
}

/** The values a story has for each facet, read from its details: a story counts once per value. */
async function facetValues(id: string): Promise<Record<(typeof FACETS)[number], string[]>> {
  const story = StoryDetailSchema.parse(await (await app.request(`/api/stories/${id}`)).json());
  const unique = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))];
  return {
    country: story.countries,
    region: story.regions,
    crisis: story.crises,
    lang: unique([story.language, ...story.sources.map((source) => source.language)]),
    feed: unique(story.sources.map((source) => source.feedId)),
    tag: story.custom,
  };
}

describe("GET /api/tags", () => {
  it("counts every stored story per value, busiest first", async () => {
    const all = await counts("");
    expect(all.total).toBe(TAGGED_SEEDS.length);
    expect(all.country).toEqual([
      { value: "KZ", count: 4 },
      { value: "PE", count: 2 },
      { value: "BD", count: 1 },
      { value: "SD", count: 1 },
    ]);
    expect(all.crisis[0]).toEqual({ value: "unrest", count: 2 });
    expect(all.tag).toEqual([
      { value: "wire-service", count: 3 },
      { value: "election", count: 2 },
    ]);
    expect(all.feed.find((entry) => entry.value === "steppe-wire")).toEqual({
      value: "steppe-wire",
      count: 3,
    });
  });

  // Each count is how many of the filtered stories have the value; for a parameter the filter
  // does not use yet, that is also what adding it to the filter selects: the facets' promise.
  it.each([
    "",
    "country=KZ",
    "crisis=unrest,crackdown",
    "since=7d",
    "country=KZ&since=7d",
    "tag=election&lang=es,ru",
  ])("counts for %s what the filtered stories hold", async (query) => {
    const found = await counts(query);
    const ids = await storyIds(query);
    expect(found.total).toBe(ids.length);
    const stories = await Promise.all(ids.map(facetValues));
    for (const facet of FACETS) {
      const expected = new Map<string, number>();
      for (const story of stories)
        for (const value of story[facet]) expected.set(value, (expected.get(value) ?? 0) + 1);
      expect(new Map(found[facet].map(({ value, count }) => [value, count])), facet).toEqual(expected);
      if (query.includes(`${facet}=`)) continue;
      for (const { value, count } of found[facet]) {
        expect((await storyIds(`${query}&${facet}=${value}`)).length, `${facet}=${value}`).toBe(count);
      }
    }
  });

  it("counts nothing for a filter nothing matches", async () => {
    const none = await counts("country=FR");
    expect(none.total).toBe(0);
    for (const facet of FACETS) expect(none[facet]).toEqual([]);
  });

  it.each(["q=aktau", "exclude=court", "limit=5"])(
    "refuses %s, which the indexes cannot count",
    async (query) => {
      const response = await app.request(`/api/tags?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { param: string; accepted: string };
      expect(body.param).toBe(query.split("=")[0]);
      expect(body.accepted).toBe("country, region, crisis, lang, feed, tag, since, until");
    },
  );

  it("refuses an unknown value like the feeds do", async () => {
    const response = await app.request("/api/tags?crisis=riot");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ param: "crisis" });
  });

  it("leaves no temporary keys behind", async () => {
    await counts("country=KZ,PE&since=30d");
    expect(await redis.keys(`${prefix}:tmp:*`)).toEqual([]);
  });
});
