import { describe, expect, it } from "vitest";
import { describeFilter, filterToQuery } from "../../src/query/describe.ts";
import { parseFilter, type StoryFilter } from "../../src/query/filter.ts";
import { matchesStory } from "../../src/query/match.ts";
import { FEED_IDS, makeStory, NOW, STORIES } from "./stories.ts";

const ctx = { now: NOW, feedIds: FEED_IDS };
const parse = (params: Record<string, string | string[]>) => parseFilter(params, ctx);
const ids = (filter: StoryFilter) =>
  STORIES.filter((story) => matchesStory(filter, story)).map((story) => story.id);

describe("parseFilter", () => {
  it("gives the unfiltered defaults for no parameters", () => {
    expect(parse({})).toEqual({
      countries: [],
      regions: [],
      crises: [],
      languages: [],
      feeds: [],
      tags: [],
      q: [],
      exclude: [],
      since: null,
      until: null,
      window: { since: null, until: null },
      limit: 50,
    });
  });

  it("treats repeated and comma-separated values alike, normalising case and dropping repeats and blanks", () => {
    const repeated = parse({ country: ["kz", "UA"], crisis: ["Unrest", "unrest"], lang: ["RU", ""] });
    const commas = parse({ country: "KZ, ua,", crisis: "unrest", lang: "ru" });
    expect(repeated).toEqual(commas);
    expect(commas.countries).toEqual(["KZ", "UA"]);
    expect(commas.crises).toEqual(["unrest"]);
    expect(commas.languages).toEqual(["ru"]);
  });

  it("resolves durations against the request time and keeps them relative in the window", () => {
    const filter = parse({ since: "24h", until: "1h30m" });
    expect(filter.since).toEqual(new Date("2025-06-09T12:00:00Z"));
    expect(filter.until).toEqual(new Date("2025-06-10T10:30:00Z"));
    expect(filter.window).toEqual({ since: "24h", until: "1h30m" });
  });

  it("reads ISO date-times with a zone and bare dates", () => {
    const filter = parse({ since: "2025-06-01", until: "2025-06-09T20:00:00+05:00" });
    expect(filter.since).toEqual(new Date("2025-06-01T00:00:00Z"));
    expect(filter.until).toEqual(new Date("2025-06-09T15:00:00Z"));
    expect(filter.window.since).toBe("2025-06-01T00:00:00.000Z");
  });

  it("splits q and exclude into lower-cased words", () => {
    const filter = parse({ q: "Fuel  PRICES,almaty", exclude: ["Sport"] });
    expect(filter.q).toEqual(["fuel", "prices", "almaty"]);
    expect(filter.exclude).toEqual(["sport"]);
  });
});

describe("matchesStory", () => {
  const table: [string, Record<string, string | string[]>, string[]][] = [
    [
      "no filter",
      {},
      ["almaty-fuel", "astana-detentions", "kharkiv-strikes", "darfur-camps", "delta-floods"],
    ],
    ["one country", { country: "KZ" }, ["almaty-fuel", "astana-detentions"]],
    ["countries are alternatives", { country: "UA,SD" }, ["kharkiv-strikes", "darfur-camps"]],
    ["region", { region: "central-asia" }, ["almaty-fuel", "astana-detentions"]],
    ["crisis", { crisis: "crackdown" }, ["astana-detentions"]],
    ["any of a story's crises", { crisis: "food-crisis" }, ["darfur-camps"]],
    ["language of any report", { lang: "ru" }, ["almaty-fuel", "kharkiv-strikes"]],
    ["language alone", { lang: "ar" }, ["darfur-camps"]],
    ["feed of any report", { feed: "steppe-news" }, ["almaty-fuel", "astana-detentions"]],
    ["since a duration", { since: "48h" }, ["almaty-fuel", "astana-detentions"]],
    [
      "since a date",
      { since: "2025-06-05T14:00:00Z" },
      ["almaty-fuel", "astana-detentions", "kharkiv-strikes", "darfur-camps"],
    ],
    ["until a duration", { until: "7d" }, ["delta-floods"]],
    ["between", { since: "2025-06-06", until: "2025-06-09" }, ["kharkiv-strikes"]],
    ["q in the title, any case", { q: "KHARKIV" }, ["kharkiv-strikes"]],
    ["q in the summary", { q: "embankment" }, ["delta-floods"]],
    ["q in another report's title", { q: "spread" }, ["almaty-fuel"]],
    ["q every word", { q: "police courthouse" }, ["astana-detentions"]],
    ["q every word, not any", { q: "police,flooding" }, []],
    ["q Cyrillic word start, inflected", { q: "протест" }, ["almaty-fuel"]],
    ["q Cyrillic upper case", { q: "АЛМАТЫ" }, ["almaty-fuel"]],
    ["q Arabic", { q: "النازحين" }, ["darfur-camps"]],
    ["q does not match inside a word", { q: "ports" }, []],
    ["q matches a word's start", { q: "sport" }, ["delta-floods"]],
    [
      "exclude",
      { exclude: "sports" },
      ["almaty-fuel", "astana-detentions", "kharkiv-strikes", "darfur-camps"],
    ],
    ["exclude any of", { country: "KZ,BD", exclude: "police,rescue" }, ["almaty-fuel"]],
    [
      "AND across parameters",
      { country: "KZ", crisis: "unrest,crackdown", since: "24h" },
      ["almaty-fuel", "astana-detentions"],
    ],
    [
      "AND narrows",
      { country: "KZ", crisis: "unrest,crackdown", lang: "en", feed: "steppe-news", q: "almaty" },
      ["almaty-fuel"],
    ],
    ["AND to nothing", { country: "UA", crisis: "flood" }, []],
  ];

  it.each(table)("%s", (_name, params, expected) => {
    expect(ids(parse(params))).toEqual(expected);
  });

  it("ignores accents and vowel marks on either side", () => {
    const story = makeStory({
      id: "sao-paulo",
      feedId: "delta-times",
      title: "Chuvas fortes alagam bairros de São Paulo",
      summary: "Моё ёмкое описание; نَزَحَ السكان",
      published: "2025-06-10T00:00:00Z",
    });
    for (const q of ["sao paulo", "SÃO", "мое емкое", "نزح"])
      expect(matchesStory(parse({ q }), story)).toBe(true);
  });

  it("finds words in scripts written without spaces anywhere in the text", () => {
    const story = makeStory({
      id: "jp",
      feedId: "delta-times",
      title: "東京で大規模な洪水が発生",
      published: "2025-06-10T00:00:00Z",
    });
    expect(matchesStory(parse({ q: "洪水" }), story)).toBe(true);
    expect(matchesStory(parse({ q: "地震" }), story)).toBe(false);
  });

  it("treats regular-expression characters in words literally", () => {
    const story = makeStory({
      id: "re",
      feedId: "delta-times",
      title: "Price index (CPI) rose 3.5%",
      published: "2025-06-10T00:00:00Z",
    });
    expect(matchesStory(parse({ q: "(cpi)" }), story)).toBe(true);
    expect(matchesStory(parse({ q: "3.5%" }), story)).toBe(true);
    expect(matchesStory(parse({ q: "3x5" }), story)).toBe(false);
  });
});

describe("describeFilter", () => {
  it("says what the feed is filtered on", () => {
    expect(describeFilter(parse({ country: "KZ", crisis: "unrest,crackdown", since: "24h" }))).toBe(
      "Kazakhstan (KZ) · unrest, crackdown · last 24h",
    );
  });

  it("covers every parameter, and is empty when nothing is filtered", () => {
    expect(describeFilter(parse({}))).toBe("");
    expect(
      describeFilter(
        parse({
          region: "sahel",
          lang: "fr",
          feed: "delta-times",
          q: "dam",
          exclude: "sport",
          since: "2025-06-01",
          until: "2h",
        }),
      ),
    ).toBe(
      "sahel · in fr · from delta-times · matching “dam” · excluding “sport” · since 2025-06-01 00:00 UTC · until 2h ago",
    );
  });
});

describe("filterToQuery", () => {
  it("is canonical: the same filter written differently gives the same string", () => {
    const a = parse({ crisis: "unrest,crackdown", country: ["UA", "kz"], limit: "50" });
    const b = parse({ country: "KZ,UA", crisis: ["crackdown", "unrest", "unrest"] });
    expect(filterToQuery(a)).toBe("country=KZ,UA&crisis=crackdown,unrest");
    expect(filterToQuery(b)).toBe(filterToQuery(a));
    expect(filterToQuery(parse({}))).toBe("");
  });

  it("round-trips through parseFilter, relative windows staying relative", () => {
    const filter = parse({
      country: "SD",
      q: "نازحين & co",
      exclude: "x",
      since: "7d",
      until: "2025-06-10T00:00:00Z",
      limit: "10",
      lang: "ar",
      feed: "darfur-radio",
      region: "northern-africa",
    });
    const query = filterToQuery(filter);
    expect(query).toContain("since=7d");
    const again = parseFilter(Object.fromEntries([...new URLSearchParams(query)]), ctx);
    expect(again).toEqual({ ...filter, q: [...filter.q].sort() });
  });
});
