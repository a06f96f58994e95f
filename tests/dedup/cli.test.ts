import { describe, expect, it } from "vitest";
import { runDedup } from "./labelled-pairs.ts";
import { SINDH, SINDH_REWRITE } from "./reports.ts";

const line = (id: string, text: { title: string; summary: string }, published: string, extra = {}) => ({
  id,
  ...text,
  link: `https://${id}.example/story`,
  published,
  source: `${id}-feed`,
  language: "en",
  ...extra,
});

describe("sitrep dedup", () => {
  it("prints every item unchanged with the story and the event it joined", async () => {
    const first = line("a", SINDH, "2026-05-04T08:00:00Z", { extra: [1, 2] });
    const second = line("b", SINDH_REWRITE, "2026-05-04T09:00:00Z");
    const { code, printed, stderr } = await runDedup([first, second]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(printed).toEqual([
      { ...first, story: "a", event: "a" },
      { ...second, story: "a", event: "a" },
    ]);
  });

  it("explains each decision when asked", async () => {
    const items = [
      line("a", SINDH, "2026-05-04T08:00:00Z"),
      line("b", SINDH, "2026-05-04T08:10:00Z", { link: "http://www.a.example/story/?utm_source=rss" }),
      line("c", SINDH_REWRITE, "2026-05-04T09:00:00Z"),
    ];
    const { printed } = await runDedup(items, ["--explain"]);
    expect(printed.map((item) => item.dedup)).toEqual([
      "new story",
      "same url",
      expect.stringMatching(/^similarity/),
    ]);
    expect(printed.map((item) => item.eventReason)).toEqual([
      "new event",
      "the story's event",
      "the story's event",
    ]);
  });

  it("reports bad lines on stderr, goes on with the rest and exits 1", async () => {
    const good = line("a", SINDH, "2026-05-04T08:00:00Z");
    const { code, printed, stderr } = await runDedup([
      "{not json",
      { ...good, id: "x", published: "yesterday" },
      { title: "no id" },
      good,
    ]);
    expect(code).toBe(1);
    expect(printed.map((item) => item.id)).toEqual(["a"]);
    const errors = stderr
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(errors).toEqual([
      { line: 1, error: expect.stringMatching(/^line 1: not JSON/) },
      { line: 2, error: "line 2: published: must be a date" },
      { line: 3, error: expect.stringMatching(/^line 3: id: .*; source: /) },
    ]);
  });

  it("takes the window from --window and refuses a bad one", async () => {
    const items = [
      line("a", SINDH, "2026-05-04T08:00:00Z"),
      line("b", SINDH_REWRITE, "2026-05-04T20:00:00Z"),
    ];
    const narrow = await runDedup(items, ["--window", "6h"]);
    expect(narrow.printed.map((item) => item.story)).toEqual(["a", "b"]);
    const bad = await runDedup(items, ["--window", "soon"]);
    expect([bad.code, bad.printed]).toEqual([2, []]);
    expect(bad.stderr).toMatch(/--window must be a duration such as "3d" or "36h", got "soon"/);
    expect((await runDedup(items, ["--bogus"])).code).toBe(2);
  });
});
