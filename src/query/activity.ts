import type { Story } from "../model/story.ts";
import { countryName } from "./describe.ts";
import { storyTime } from "./match.ts";

/** Stories per UTC day for one country or crisis, oldest day first. */
export interface ActivitySeries {
  /** The code or slug ("KZ", "unrest"). */
  key: string;
  label: string;
  days: { day: string /* YYYY-MM-DD */; count: number }[];
}

export interface ActivityOptions {
  now: Date;
  by: "countries" | "crises";
  /** How many days, ending with now's day. */
  days?: number;
  /** How many of the busiest keys to chart. */
  top?: number;
}

const DAY_MS = 86_400_000;

/** How a series is named on the chart: countries by name and code, crises by slug. */
export function activityLabel(by: ActivityOptions["by"], key: string): string {
  return by === "countries" ? `${countryName(key)} (${key})` : key;
}

/** Counts stories per day per country (or crisis) and keeps the busiest few, busiest first. */
export function countActivity(stories: readonly Story[], options: ActivityOptions): ActivitySeries[] {
  const { now, by, days = 28, top = 5 } = options;
  const lastDay = Math.floor(now.getTime() / DAY_MS);
  const firstDay = lastDay - days + 1;
  const counts = new Map<string, number[]>();
  for (const story of stories) {
    const day = Math.floor(storyTime(story) / DAY_MS);
    if (!(day >= firstDay && day <= lastDay)) continue;
    for (const key of story[by]) {
      const row = counts.get(key) ?? new Array<number>(days).fill(0);
      row[day - firstDay] = (row[day - firstDay] ?? 0) + 1;
      counts.set(key, row);
    }
  }
  const total = (row: number[]) => row.reduce((sum, count) => sum + count, 0);
  return [...counts.entries()]
    .sort(([a, rowA], [b, rowB]) => total(rowB) - total(rowA) || a.localeCompare(b))
    .slice(0, top)
    .map(([key, row]) => ({
      key,
      label: activityLabel(by, key),
      days: row.map((count, index) => ({
        day: new Date((firstDay + index) * DAY_MS).toISOString().slice(0, 10),
        count,
      })),
    }));
}
