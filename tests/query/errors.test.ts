import { describe, expect, it } from "vitest";
import { QueryError } from "../../src/query/error.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { FEED_IDS, NOW } from "./stories.ts";

function failure(params: Record<string, string | string[]>): QueryError {
  try {
    parseFilter(params, { now: NOW, feedIds: FEED_IDS });
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(params)} to be refused`);
}

describe("invalid parameters are refused, naming the parameter and what it accepts", () => {
  const cases: [string, Record<string, string | string[]>, string, RegExp][] = [
    ["unknown country code", { country: "XX" }, "country", /ISO 3166-1 alpha-2/],
    ["alpha-3 country code", { country: "KAZ" }, "country", /alpha-2/],
    ["numeric country code", { country: "398" }, "country", /alpha-2/],
    ["one bad country among good ones", { country: ["KZ", "UA,ZZ"] }, "country", /alpha-2/],
    ["unknown region", { region: "atlantis" }, "region", /central-asia.*sahel|sahel.*central-asia/],
    ["unknown crisis slug", { crisis: "riot" }, "crisis", /armed-conflict, terrorism, unrest/],
    ["language that is not a code", { lang: "english" }, "lang", /two- or three-letter/],
    ["unknown feed id", { feed: "bbc" }, "feed", /almaty-daily, kyiv-wire, darfur-radio/],
    ["date-time without a zone", { since: "2025-06-01T10:00:00" }, "since", /date-time with a zone/],
    ["impossible date", { since: "2025-02-30" }, "since", /duration/],
    ["words for a date", { until: "yesterday" }, "until", /ISO 8601/],
    ["negative-looking duration", { since: "-24h" }, "since", /duration/],
    ["zero duration", { since: "0h" }, "since", /duration/],
    ["two since values", { since: ["24h", "7d"] }, "since", /single value/],
    ["since after until", { since: "2025-06-09", until: "2025-06-01" }, "since", /before until/],
    ["limit zero", { limit: "0" }, "limit", /1 to 500/],
    ["limit above the maximum", { limit: "501" }, "limit", /1 to 500/],
    ["limit not a number", { limit: "ten" }, "limit", /whole number/],
    ["limit with a fraction", { limit: "5.5" }, "limit", /whole number/],
    ["two limits", { limit: "5,6" }, "limit", /single value/],
    ["q too long", { q: "a".repeat(201) }, "q", /at most 200 characters/],
    [
      "exclude too long",
      { exclude: ["word ".repeat(30), "word ".repeat(15)] },
      "exclude",
      /at most 200 characters/,
    ],
    ["too many values", { country: Array.from({ length: 51 }, () => "KZ") }, "country", /at most 50 values/],
    [
      "unknown parameter (a typo)",
      { contry: "KZ" },
      "contry",
      /country, region, crisis, lang, feed, tag, q, exclude, since, until, limit/,
    ],
  ];

  it.each(cases)("%s", (_name, params, param, accepted) => {
    const error = failure(params);
    expect(error.param).toBe(param);
    expect(error.accepted).toMatch(accepted);
    expect(error.message).toContain(`"${param}"`);
    expect(error.message).toContain(error.accepted);
  });

  it("names the offending value", () => {
    expect(failure({ crisis: "unrest,riot" }).message).toContain('"riot"');
    expect(failure({ country: "kz,xy" }).message).toContain('"XY"');
  });

  it("accepts exactly the limits", () => {
    const ctx = { now: NOW, feedIds: FEED_IDS };
    expect(parseFilter({ limit: "500", q: "a".repeat(200) }, ctx).limit).toBe(500);
    expect(parseFilter({ country: Array.from({ length: 50 }, () => "KZ") }, ctx).countries).toEqual(["KZ"]);
  });

  it("says so when no feeds are configured", () => {
    expect(() => parseFilter({ feed: "any" }, { now: NOW, feedIds: [] })).toThrow(/no feeds are configured/);
  });
});
