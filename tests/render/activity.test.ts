import { describe, expect, it } from "vitest";
import { countActivity } from "../../src/query/activity.ts";
import { makeStory, NOW, STORIES } from "../query/stories.ts";

describe("countActivity", () => {
  it("counts stories per UTC day per country, busiest first, over the window ending today", () => {
    const series = countActivity(STORIES, { now: NOW, by: "countries", days: 7 });
    expect(series.map((entry) => entry.key)).toEqual(["KZ", "SD", "UA"]);
    const kz = series[0];
    expect(kz?.label).toBe("Kazakhstan (KZ)");
    expect(kz?.days.map((day) => day.day)).toEqual([
      "2025-06-04",
      "2025-06-05",
      "2025-06-06",
      "2025-06-07",
      "2025-06-08",
      "2025-06-09",
      "2025-06-10",
    ]);
    expect(kz?.days.map((day) => day.count)).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it("counts by crisis, keeps only the top few and leaves out stories outside the window", () => {
    const extra = makeStory({
      id: "x",
      feedId: "kyiv-wire",
      title: "x",
      published: "2025-06-10T23:59:59Z",
      crises: ["unrest"],
    });
    const future = makeStory({
      id: "y",
      feedId: "kyiv-wire",
      title: "y",
      published: "2025-06-11T00:00:00Z",
      crises: ["unrest"],
    });
    const series = countActivity([...STORIES, extra, future], { now: NOW, by: "crises", days: 28, top: 2 });
    expect(series.map((entry) => [entry.key, entry.days.reduce((sum, day) => sum + day.count, 0)])).toEqual([
      ["unrest", 2],
      ["armed-conflict", 1],
    ]);
    expect(series[0]?.days).toHaveLength(28);
  });
});
