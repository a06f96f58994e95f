import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/dedup/fingerprint.ts";
import { sameStory, toStoryText } from "../../src/dedup/same-story.ts";
import { runDedup } from "./labelled-pairs.ts";
import { SINDH, SINDH_REWRITE } from "./reports.ts";

/**
 * Two feeds that send one teaser as the summary of every item (tests/fixtures/dedup/
 * boilerplate.ndjson): harbour-times a long one, valley-post a short one. The teaser's words
 * alone used to make a third or more of every item's words, enough to merge unrelated items.
 */
const ITEMS = readFileSync(new URL("../fixtures/dedup/boilerplate.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { id: string; title: string; summary: string; language: string });

const byId = (id: string) => {
  const item = ITEMS.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no fixture item ${id}`);
  return item;
};
const text = (input: { title: string; summary: string }) =>
  toStoryText(fingerprint({ ...input, language: "en" }), 0);

describe("a summary shared by items with different headlines", () => {
  it("keeps a feed's items apart when only their boilerplate summary agrees", async () => {
    const { code, printed } = await runDedup(ITEMS);
    expect(code).toBe(0);
    expect(Object.fromEntries(printed.map((line) => [line.id, line.story]))).toEqual({
      "bp-flood-a": "bp-flood-a",
      "bp-bridge": "bp-bridge",
      "bp-budget": "bp-budget",
      "bp-strike": "bp-strike",
      // The same road closure from the outlet's second feed, under a reworded headline.
      "bp-flood-b": "bp-flood-a",
    });
  });

  it("compares the headlines alone and says so", () => {
    expect(sameStory(text(byId("bp-flood-a")), text(byId("bp-budget")))).toEqual({
      same: false,
      score: 0,
      reason: "only 0 shared words of the headlines (same lead)",
    });
    expect(sameStory(text(byId("bp-flood-b")), text(byId("bp-flood-a")))).toMatchObject({
      same: true,
      reason: "similarity of the headlines (same lead) 0.71",
    });
  });

  it("still joins one wire lead under headlines the outlets rewrote", () => {
    const rewritten = { title: SINDH_REWRITE.title, summary: SINDH.summary };
    expect(sameStory(text(SINDH), text(rewritten))).toMatchObject({
      same: true,
      reason: expect.stringMatching(/^similarity of the headlines \(same lead\) /),
    });
  });

  it("compares reports stored without headline fields on all their words, as before", () => {
    const { headline, lead, ...stored } = text(byId("bp-flood-a"));
    expect([headline?.length, typeof lead]).toEqual([6, "number"]);
    expect(sameStory(stored, text(byId("bp-flood-b")))).toMatchObject({
      same: true,
      reason: expect.stringMatching(/^similarity \d/),
    });
  });
});
