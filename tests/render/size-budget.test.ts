import { describe, expect, it } from "vitest";
import { withinBudget } from "../../src/render/size-budget.ts";
import { STORIES } from "../query/stories.ts";

describe("withinBudget", () => {
  it("keeps ordinary stories whole and in order", () => {
    expect(withinBudget(STORIES)).toEqual({ stories: STORIES, omitted: 0 });
  });

  it("passes over a story too big for any document and keeps the smaller ones after it", () => {
    const [first, ...rest] = STORIES;
    if (first === undefined) throw new Error("no fixture stories");
    const source = first.sources[0];
    if (source === undefined) throw new Error("a fixture story without sources");
    // Thousands of reports of one story, as a feed sending near copies every poll would leave.
    const bloated = {
      ...first,
      sources: Array.from({ length: 8_000 }, (_, index) => ({ ...source, itemId: `copy-${index}` })),
    };
    expect(withinBudget([bloated, ...rest])).toEqual({ stories: rest, omitted: 1 });
  });
});
