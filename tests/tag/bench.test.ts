import { describe, expect, it } from "vitest";
import { benchTag, generateCorpus } from "../../bench/tag.ts";

describe("bench/tag.ts", () => {
  it("generates the same corpus every run", () => {
    expect(generateCorpus(20)).toEqual(generateCorpus(20));
    expect(new Set(generateCorpus(200).map((item) => item.language))).toEqual(
      new Set(["en", "de", "ru", "fr", "es"]),
    );
  });

  it("reports throughput next to a reference from the same run", async () => {
    const result = await benchTag(300);
    expect(result).toMatchObject({ items: 300 });
    expect(result.tagItemsPerSecond).toBeGreaterThan(0);
    expect(result.ratioToJsonRoundTrip).toBeGreaterThan(0);
  });
});
