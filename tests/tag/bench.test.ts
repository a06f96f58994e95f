import { describe, expect, it } from "vitest";
import { benchFeeds, benchTag } from "../../bench/tag.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";

describe("bench/tag.ts", () => {
  it("tags the items the parse bench builds, in five languages", async () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const feeds = benchFeeds(1000, now);
    expect(benchFeeds(1000, now)).toEqual(feeds);
    const ctx = { feedId: "bench", feedUrl: "https://outlet.example/feed", languageHint: null, now };
    const items = (await Promise.all(feeds.map((text) => parseFeed(text, ctx)))).flatMap(
      (feed) => feed.items,
    );
    // An outlet may report one event twice; the parser keeps one item per id.
    expect(items.length).toBeGreaterThan(750);
    expect(items.length).toBeLessThanOrEqual(1000);
    expect(new Set(items.map((item) => item.language))).toEqual(new Set(["en", "de", "ru", "fr", "es"]));
  });

  it("reports tag throughput next to parsing and normalising the same items, and its growth", async () => {
    const figures = await benchTag({ quick: true, items: 100 });
    expect(figures).toHaveLength(4);
    const [declared, growth] = figures;
    expect(growth).toMatchObject({ bench: "tag", unit: "×", goal: "≤ 1.5" });
    // Growth is the recorded ratio (1.10 with the language declared) over today's.
    expect(growth?.value).toBeCloseTo(1.1 / (declared?.ratio ?? Number.NaN));
    expect(declared?.note).toMatch(/µs\/item/);
    for (const row of figures.filter((figure) => figure.unit === "items/s")) {
      expect(row).toMatchObject({ bench: "tag", unit: "items/s" });
      expect(row.reference?.name).toMatch(/parseFeed/);
      expect(row.value).toBeGreaterThan(0);
      expect(row.ratio).toBeCloseTo(row.value / (row.reference?.value ?? Number.NaN));
    }
  });
});
