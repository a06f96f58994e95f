import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/dedup/fingerprint.ts";
import { BANDS, bandBuckets } from "../../src/dedup/minhash.ts";
import { sameStory, toStoryText } from "../../src/dedup/same-story.ts";
import { PUNJAB, SINDH, SINDH_DE, SINDH_REWRITE, SPLIT_FIRE } from "./reports.ts";

const HOUR = 3_600_000;
const text = (input: { title: string; summary: string }, language: string | null = "en", hours = 0) =>
  toStoryText(fingerprint({ ...input, language }), hours * HOUR);

describe("fingerprint", () => {
  it("is the same whatever order the lead's sentences come in", () => {
    const [first, second] = SINDH.summary.split(", local officials said, and ");
    const reordered = { title: SINDH.title, summary: `${second}. ${first}, local officials said.` };
    expect(fingerprint({ ...reordered, language: "en" })).toEqual(fingerprint({ ...SINDH, language: "en" }));
  });

  it("keeps names inside its tokens and reads only the lead of a long summary", () => {
    const tail = Array.from({ length: 200 }, (_, index) => String(1000 + index)).join(" ");
    const print = fingerprint({ title: SINDH.title, summary: `${SINDH.summary} ${tail}`, language: "en-PK" });
    expect(print.language).toBe("en");
    expect(print.names.every((name) => print.tokens.includes(name))).toBe(true);
    expect(print.tokens).toContain("1000");
    expect(print.tokens).not.toContain("1199");
  });
});

describe("bandBuckets", () => {
  it("gives one bucket per band, none for an empty text, and equal buckets for equal sets", () => {
    expect(bandBuckets([])).toEqual([]);
    expect(bandBuckets(["a", "b", "c"])).toHaveLength(BANDS);
    expect(bandBuckets(["c", "a", "b"])).toEqual(bandBuckets(["a", "b", "c"]));
  });

  it("shares most bands between near duplicates and none between unrelated texts", () => {
    const shared = (a: string[], b: string[]) =>
      bandBuckets(a).filter((bucket, band) => bandBuckets(b)[band] === bucket).length;
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`);
    expect(shared(words, [...words.slice(0, 38), "other1", "other2"])).toBeGreaterThan(BANDS / 2);
    expect(
      shared(
        words,
        words.map((word) => `${word}x`),
      ),
    ).toBe(0);
  });
});

describe("sameStory", () => {
  it("joins a rewrite of the same report", () => {
    expect(sameStory(text(SINDH), text(SINDH_REWRITE, "en", 2))).toMatchObject({ same: true });
  });

  it("keeps template reports about different places apart, saying which names differ", () => {
    const verdict = sameStory(text(SINDH), text(PUNJAB));
    expect(verdict.score).toBeGreaterThan(0.5);
    expect(verdict).toMatchObject({ same: false, reason: "names differ (dadu sindh / punjab rajanp)" });
  });

  it("keeps declared languages apart and compares undeclared ones by their words", () => {
    expect(sameStory(text(SINDH), text(SINDH_DE, "de"))).toEqual({
      same: false,
      score: 0,
      reason: "different languages (en, de)",
    });
    expect(sameStory(text(SINDH), text(SINDH_DE, null)).same).toBe(false);
    expect(sameStory(text(SINDH, null), text(SINDH_REWRITE)).same).toBe(true);
  });

  it("asks more of reports further apart in time", () => {
    const [first, second] = SPLIT_FIRE;
    expect(sameStory(text(first), text(second, "en", 2)).same).toBe(true);
    expect(sameStory(text(first), text(second, "en", 24))).toMatchObject({
      same: false,
      reason: "similarity 0.41 below 0.45",
    });
  });

  it("never joins on fewer than three shared words", () => {
    const short = { title: "Dam bursts", summary: "" };
    expect(sameStory(text(short), text(short))).toEqual({
      same: false,
      score: 1,
      reason: "only 2 shared words",
    });
    expect(sameStory(text({ title: "", summary: "" }), text({ title: "", summary: "" })).same).toBe(false);
  });

  it("gives the same verdict and score both ways round", () => {
    const reports = [SINDH, SINDH_REWRITE, PUNJAB, SINDH_DE, ...SPLIT_FIRE];
    fc.assert(
      fc.property(
        fc.constantFrom(...reports),
        fc.constantFrom(...reports),
        fc.constantFrom("en", null),
        fc.integer({ min: 0, max: 72 }),
        (a, b, language, hours) => {
          const x = text(a, language);
          const y = text(b, "en", hours);
          const { same, score } = sameStory(y, x);
          expect(sameStory(x, y)).toMatchObject({ same, score });
        },
      ),
    );
  });
});
