import type { RawItem } from "../parse/raw.ts";
import { plausibleDate } from "./dates.ts";

/**
 * The `max` newest items, in document order. Undated items and items with absurd dates
 * count as oldest, so a flood of them cannot push real news out.
 */
export function keepNewest(items: RawItem[], max: number, now: Date): RawItem[] {
  if (items.length <= max) return items;
  const stamped = items.map((item) => ({
    item,
    time: plausibleDate(item.published ?? item.updated, now)?.getTime() ?? Number.NEGATIVE_INFINITY,
  }));
  stamped.sort((a, b) => (a.time === b.time ? 0 : b.time > a.time ? 1 : -1));
  const kept = new Set(stamped.slice(0, max).map(({ item }) => item));
  return items.filter((item) => kept.has(item));
}
