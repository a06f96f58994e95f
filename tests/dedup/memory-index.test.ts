import { describe, expect, it } from "vitest";
import { BUCKET_LIMIT, CANDIDATE_LIMIT, MEMBER_LIMIT } from "../../src/dedup/decide.ts";
import { MemoryStoryIndex } from "../../src/dedup/memory-index.ts";
import { BANDS } from "../../src/dedup/minhash.ts";
import { indexContract, WINDOW_MS } from "./index-contract.ts";
import { report, SINDH } from "./reports.ts";

indexContract("MemoryStoryIndex", async () => new MemoryStoryIndex({ windowMs: WINDOW_MS }));

describe("MemoryStoryIndex", () => {
  it("forgets stories a window after their last report", async () => {
    const index = new MemoryStoryIndex({ windowMs: WINDOW_MS });
    const start = Date.parse("2026-05-04T08:00:00.000Z");
    for (let day = 0; day < 10; day++) {
      const when = new Date(start + day * 86_400_000);
      await index.assign(
        report({ itemId: `d${day}`, title: `Report ${day}`, published: when.toISOString() }),
        when,
      );
    }
    // Days 6..9 are within three days of day 9; the rest were swept.
    expect(index.size).toBe(4);
  });

  it("reads a bounded number of entries per report however crowded its bands are", async () => {
    const index = new MemoryStoryIndex({ windowMs: WINDOW_MS });
    const now = new Date("2026-05-04T08:00:00.000Z");
    // Four of six common words and six words of their own: too little shared to merge, but
    // bands made of common words collide across hundreds of reports.
    const common = "flood river dam rain village army".split(" ");
    const letters = (n: number) =>
      [...n.toString(26)].map((c) => "abcdefghijklmnopqrstuvwxyz"[parseInt(c, 26)]).join("");
    const own = (n: number, k: number) => `x${letters(n * 6 + k)}q`;
    const reports = Array.from({ length: 600 }, (_, n) => {
      const words = [
        ...common.filter((_, index) => (n + index) % 6 < 4),
        ...[0, 1, 2, 3, 4, 5].map((k) => own(n, k)),
      ];
      return report({ itemId: `c${n}`, title: words.join(" "), canonicalUrl: null });
    });
    for (const item of reports.slice(0, 500)) await index.assign(item, now);
    const before = { ...index.work };
    for (const item of reports.slice(500)) await index.assign(item, now);
    const perReport =
      (index.work.bucketEntriesRead -
        before.bucketEntriesRead +
        index.work.membersCompared -
        before.membersCompared) /
      (index.work.assignments - before.assignments);
    expect(index.size).toBe(600);
    expect(perReport).toBeLessThanOrEqual(BANDS * BUCKET_LIMIT + CANDIDATE_LIMIT * MEMBER_LIMIT);
  });

  it("refuses a window that is not a positive duration", () => {
    expect(() => new MemoryStoryIndex({ windowMs: 0 })).toThrow(/positive number of milliseconds, got 0/);
    expect(() => new MemoryStoryIndex({ windowMs: Number.NaN })).toThrow(RangeError);
  });

  it("dates a report from the future at the time it arrived", async () => {
    const index = new MemoryStoryIndex({ windowMs: WINDOW_MS });
    const now = new Date("2026-05-04T08:00:00.000Z");
    await index.assign(report({ itemId: "a1", ...SINDH, published: "2027-01-01T00:00:00.000Z" }), now);
    const next = report({ itemId: "b1", ...SINDH, canonicalUrl: null, published: now.toISOString() });
    expect(await index.assign(next, now)).toMatchObject({ storyId: "a1", isNew: false });
  });
});
