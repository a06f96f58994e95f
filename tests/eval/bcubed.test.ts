import { describe, expect, it } from "vitest";
import { bcubed } from "../../eval/events/bcubed.ts";

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("bcubed", () => {
  it("scores a perfect clustering 1", () => {
    const gold = map({ a: "x", b: "x", c: "y" });
    expect(bcubed(["a", "b", "c"], map({ a: "1", b: "1", c: "2" }), gold)).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it("charges a false merge to precision and a split to recall", () => {
    const gold = map({ a: "x", b: "x", c: "y" });
    const merged = bcubed(["a", "b", "c"], map({ a: "1", b: "1", c: "1" }), gold);
    expect(merged.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(merged.recall).toBe(1);
    const split = bcubed(["a", "b", "c"], map({ a: "1", b: "2", c: "3" }), gold);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo((1 / 2 + 1 / 2 + 1) / 3);
  });

  it("scores a part of the reports with clusters cut to that part", () => {
    const gold = map({ a: "x", b: "x", c: "x" });
    const predicted = map({ a: "1", b: "1", c: "2" });
    expect(bcubed(["a", "b"], predicted, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
