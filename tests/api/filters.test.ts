import { parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { seededTestApi } from "./harness.ts";

const { app } = seededTestApi("api-filters");

/** The story ids a JSON Feed request returns, in order. */
async function ids(query: string): Promise<string[]> {
  const response = await app.request(`/feed.json?${query}`);
  expect(response.status).toBe(200);
  const feed = parseJsonFeed(await response.text());
  return (feed.items ?? []).map((item) => (item.id ?? "").replace(/^tag:sitrep\.dev,2025:story\//, ""));
}

describe("each filter, end to end from stored stories", () => {
  it.each([
    ["country=KZ", ["aktau-fuel", "astana-bloggers", "karaganda-miners"]],
    ["country=pe,sd", ["blue-nile-aid", "arequipa-quake"]],
    ["country=PE&country=SD", ["blue-nile-aid", "arequipa-quake"]],
    ["region=southern-asia", ["khulna-embankment"]],
    ["crisis=unrest", ["aktau-fuel", "karaganda-miners"]],
    ["crisis=flood,earthquake", ["khulna-embankment", "arequipa-quake"]],
    // A story is in a language, or from a feed, when any of its reports is.
    ["lang=ru", ["aktau-fuel"]],
    // Three-letter codes are read as the two-letter ones stories carry.
    ["lang=rus", ["aktau-fuel"]],
    ["lang=RUS,eng", ["aktau-fuel", "astana-bloggers", "khulna-embankment", "karaganda-miners"]],
    ["lang=en", ["aktau-fuel", "astana-bloggers", "khulna-embankment", "karaganda-miners"]],
    ["feed=steppe-wire", ["aktau-fuel", "astana-bloggers", "karaganda-miners"]],
    ["feed=nile-radio", ["blue-nile-aid"]],
    // Words match case- and accent-insensitively, at the start of a word, in any script.
    ["q=bloggers", ["astana-bloggers"]],
    ["q=АКТАУ", ["aktau-fuel"]],
    ["q=peru", ["arequipa-quake"]],
    ["q=النيل", ["blue-nile-aid"]],
    ["q=aktau", ["aktau-fuel", "astana-bloggers"]],
    ["q=aktau&exclude=court", ["aktau-fuel"]],
    ["since=7d", ["aktau-fuel", "astana-bloggers", "blue-nile-aid", "khulna-embankment"]],
    ["since=2026-03-08", ["aktau-fuel", "astana-bloggers", "blue-nile-aid"]],
    ["until=2026-02-21T00:00:00Z", ["arequipa-quake", "karaganda-miners"]],
    ["limit=2", ["aktau-fuel", "astana-bloggers"]],
  ])("%s", async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it("combines filters with AND across parameters and OR within one", async () => {
    expect(await ids("country=KZ&crisis=unrest")).toEqual(["aktau-fuel", "karaganda-miners"]);
    expect(await ids("country=KZ&crisis=unrest&since=30d")).toEqual(["aktau-fuel"]);
    expect(await ids("country=KZ,BD&crisis=crackdown,flood&lang=en")).toEqual([
      "astana-bloggers",
      "khulna-embankment",
    ]);
    expect(await ids("region=central-asia&feed=almaty-vesti&q=газ")).toEqual(["aktau-fuel"]);
    expect(await ids("country=KZ&since=2026-03-01&until=2026-03-09T23:00:00Z&limit=1")).toEqual([
      "astana-bloggers",
    ]);
    expect(await ids("country=SD&crisis=flood")).toEqual([]);
  });

  it("gives the same stories in every format", async () => {
    const rss = parseRssFeed(await (await app.request("/feed.xml?country=KZ&crisis=unrest")).text());
    expect(rss.items?.map((item) => item.guid?.value?.split("/").at(-1))).toEqual(
      await ids("country=KZ&crisis=unrest"),
    );
  });
});

describe("every bad parameter is a 400 naming it and what it accepts", () => {
  it.each([
    ["colour=red", "colour", /unknown parameter/],
    ["country=XX", "country", /unknown value "XX"/],
    ["country=Kazakhstan", "country", /unknown value/],
    ["region=atlantis", "region", /unknown value "atlantis"/],
    ["crisis=riot", "crisis", /unknown value "riot"/],
    ["lang=english", "lang", /unknown value "english"/],
    ["lang=xyz", "lang", /unknown value "xyz"; accepted: ISO 639 language codes/],
    ["lang=zz", "lang", /unknown value "zz"/],
    ["feed=bbc", "feed", /unknown value "bbc"/],
    ["limit=0", "limit", /got "0"/],
    ["limit=501", "limit", /got "501"/],
    ["limit=ten", "limit", /got "ten"/],
    ["limit=5&limit=6", "limit", /2 values given/],
    ["since=yesterday", "since", /neither a date-time nor a duration/],
    ["since=2026-03-01T10:00:00", "since", /neither/],
    ["since=0h", "since", /above zero/],
    ["since=2026-03-09&until=2026-03-01", "since", /later than until/],
    ["until=soon", "until", /neither/],
    [`q=${"word ".repeat(41)}`, "q", /characters given/],
    [`country=${Array(51).fill("KZ").join(",")}`, "country", /51 values given/],
  ])("%s", async (query, param, problem) => {
    for (const path of [`/feed.xml?${query}`, `/feed.json?${query}`]) {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: string; param: string; accepted: string | null };
      expect(body.param).toBe(param);
      expect(body.error).toMatch(problem);
      expect(body.error).toContain(`"${param}"`);
    }
  });

  it("says which values a closed vocabulary accepts", async () => {
    const body = (await (await app.request("/feed.atom?crisis=riot")).json()) as { accepted: string };
    expect(body.accepted).toContain("unrest");
    const feeds = (await (await app.request("/feed.atom?feed=bbc")).json()) as { accepted: string };
    expect(feeds.accepted).toBe("steppe-wire, almaty-vesti, nile-radio, delta-post, andes-diario");
  });
});
