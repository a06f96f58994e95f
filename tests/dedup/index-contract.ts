import { describe, expect, it } from "vitest";
import type { StoryIndex } from "../../src/dedup/story-index.ts";
import { PUNJAB, report, SINDH, SINDH_DE, SINDH_REWRITE, SPLIT_FIRE } from "./reports.ts";

export const WINDOW_MS = 3 * 86_400_000;
const T0 = Date.parse("2026-05-04T08:00:00.000Z");
const at = (hours: number) => new Date(T0 + hours * 3_600_000);
const iso = (hours: number) => at(hours).toISOString();

/** The behaviour both indexes promise; each test gets a fresh, empty index. */
export function indexContract(name: string, fresh: () => Promise<StoryIndex>) {
  describe(`${name}: exact duplicates`, () => {
    it("a re-polled item joins the story it created", async () => {
      const index = await fresh();
      const item = report({ itemId: "a1", ...SINDH });
      expect(await index.assign(item, at(0))).toEqual({ storyId: "a1", isNew: true, reason: "new story" });
      expect(await index.assign(item, at(1))).toEqual({ storyId: "a1", isNew: false, reason: "same item" });
    });

    it("the same address in another feed joins when its text agrees", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH }), at(0));
      const rewrite = report({
        itemId: "b1",
        feedId: "feed-b",
        canonicalUrl: "https://news.example/a1",
        ...SINDH_REWRITE,
      });
      expect(await index.assign(rewrite, at(1))).toMatchObject({
        storyId: "a1",
        isNew: false,
        reason: "same url",
      });
    });

    it("the same address in another feed under another story is a story of its own", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH }), at(0));
      const other = report({
        itemId: "b1",
        feedId: "feed-b",
        canonicalUrl: "https://news.example/a1",
        ...PUNJAB,
      });
      expect(await index.assign(other, at(1))).toMatchObject({ storyId: "b1", isNew: true });
      // The address keeps naming the first story: a third feed is judged against that one.
      const third = report({
        itemId: "c1",
        feedId: "feed-c",
        canonicalUrl: "https://news.example/a1",
        ...SINDH_REWRITE,
      });
      expect(await index.assign(third, at(2))).toMatchObject({ storyId: "a1", reason: "same url" });
    });

    it("a guid that is a URL counts as that address", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH }), at(0));
      const other = report({ itemId: "b1", guid: "https://news.example/a1", canonicalUrl: null, title: "x" });
      expect(await index.assign(other, at(1))).toMatchObject({ storyId: "a1", reason: "same url" });
    });

    it("a feed-local guid does not tie two outlets' items together", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", guid: "4711", ...SINDH }), at(0));
      const other = report({ itemId: "b1", guid: "4711", feedId: "feed-b", ...SPLIT_FIRE[0] });
      expect(await index.assign(other, at(0))).toMatchObject({ storyId: "b1", isNew: true });
    });

    it("empty reports only ever merge through exact keys", async () => {
      const index = await fresh();
      expect(await index.assign(report({ itemId: "e1" }), at(0))).toMatchObject({ isNew: true });
      expect(await index.assign(report({ itemId: "e2" }), at(0))).toMatchObject({
        storyId: "e2",
        isNew: true,
      });
    });
  });

  describe(`${name}: near duplicates`, () => {
    it("a rewrite joins the first report's story, which keeps its id", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH, published: iso(0) }), at(0));
      const rewrite = report({ itemId: "b1", feedId: "feed-b", ...SINDH_REWRITE, published: iso(2) });
      const assigned = await index.assign(rewrite, at(2));
      expect(assigned).toMatchObject({ storyId: "a1", isNew: false });
      expect(assigned.reason).toMatch(/^similarity 0\.\d\d$/);
    });

    it("reports older than the window, filed together, still merge", async () => {
      const index = await fresh();
      const old = iso(-240);
      await index.assign(report({ itemId: "a1", ...SINDH, published: old }), at(0));
      const copy = report({ itemId: "b1", feedId: "feed-b", ...SINDH_REWRITE, published: old });
      expect(await index.assign(copy, at(0))).toMatchObject({ storyId: "a1", isNew: false });
    });

    it("the same template about another place is another story", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH }), at(0));
      const punjab = await index.assign(report({ itemId: "b1", ...PUNJAB }), at(0));
      expect(punjab).toMatchObject({ storyId: "b1", isNew: true });
    });

    it("the same event in another language is another story", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH }), at(0));
      const german = await index.assign(report({ itemId: "b1", language: "de", ...SINDH_DE }), at(0));
      expect(german).toMatchObject({ storyId: "b1", isNew: true });
    });

    it("a feed's teaser repeated under other headlines does not make one story", async () => {
      const index = await fresh();
      const teaser =
        "Read the latest news, analysis and live updates from our correspondents across the region.";
      await index.assign(
        report({ itemId: "a1", title: "Floodwater closes the coastal road", summary: teaser }),
        at(0),
      );
      const budget = report({ itemId: "b1", title: "Council approves the school budget", summary: teaser });
      expect(await index.assign(budget, at(0))).toMatchObject({ storyId: "b1", isNew: true });
      // Stored reports keep what the comparison needs: a reworded headline of the first still joins it.
      const reworded = report({ itemId: "c1", title: "Coastal road closed by floodwater", summary: teaser });
      expect(await index.assign(reworded, at(1))).toMatchObject({ storyId: "a1", isNew: false });
    });

    it("a story that drifts is still found by its newest report", async () => {
      const index = await fresh();
      const ids = [];
      for (const [step, text] of SPLIT_FIRE.entries()) {
        const item = report({ itemId: `f${step}`, ...text, published: iso(step * 3) });
        ids.push((await index.assign(item, at(step * 3))).storyId);
      }
      expect(ids).toEqual(["f0", "f0", "f0"]);
    });

    it("a window after the story's last report, the same text starts a new story", async () => {
      const index = await fresh();
      await index.assign(report({ itemId: "a1", ...SINDH, published: iso(0) }), at(0));
      const late = WINDOW_MS / 3_600_000 + 1;
      const again = report({ itemId: "b1", ...SINDH_REWRITE, published: iso(late) });
      expect(await index.assign(again, at(late))).toMatchObject({ storyId: "b1", isNew: true });
    });

    it("a report inside the window keeps the story open for the next one", async () => {
      const index = await fresh();
      const late = WINDOW_MS / 3_600_000 - 1;
      await index.assign(report({ itemId: "a1", ...SINDH, published: iso(0) }), at(0));
      await index.assign(report({ itemId: "b1", ...SINDH_REWRITE, published: iso(late) }), at(late));
      const third = report({ itemId: "c1", ...SINDH, published: iso(2 * late) });
      expect(await index.assign(third, at(2 * late))).toMatchObject({ storyId: "a1", isNew: false });
    });
  });
}
