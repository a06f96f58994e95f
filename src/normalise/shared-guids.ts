import type { Item } from "../model/item.ts";
import { capGuid, itemId } from "./item-id.ts";

export interface Placed {
  item: Item;
  /** 1-based place in the document. */
  position: number;
  /** The item's own date, null when `published` is only the time it was first seen. */
  date: string | null;
}

/** An item's identities, most stable first: its guid, then its link, then link, title and own date. */
function identities({ item, date }: Placed): string[] {
  const link = item.link ?? item.guid;
  return [item.guid, link, [link, item.title, date].filter(Boolean).join(" ")];
}

/**
 * Gives every item of one document an identity of its own. Publishers do give many items one
 * <guid> (a feed-wide constant, or the episode's file for every segment) or one link (the news
 * page): those items are told apart by the next identity that differs, the link (with its
 * fragment), then link, title and date. Items that agree on all of them are one item repeated,
 * and only the first is kept. An item whose guid is its own keeps it, so its id is stable
 * across polls.
 */
export function settleGuids(placed: Placed[], feedId: string): { kept: Placed[]; problems: string[] } {
  const problems: string[] = [];
  const firstOf = new Map<string, number>();
  const distinct = placed.filter((entry) => {
    const full = identities(entry).join("\n");
    const first = firstOf.get(full);
    if (first !== undefined) problems.push(`item ${entry.position}: repeats item ${first}; kept the first`);
    else firstOf.set(full, entry.position);
    return first === undefined;
  });
  const keys = distinct.map(identities);
  const level = distinct.map(() => 0);
  for (const depth of [0, 1]) {
    const counts = new Map<string, number>();
    for (const [index, key] of keys.entries()) {
      const current = key[level[index] ?? 0] ?? "";
      counts.set(current, (counts.get(current) ?? 0) + 1);
    }
    for (const [index, key] of keys.entries()) {
      if (level[index] === depth && (counts.get(key[depth] ?? "") ?? 0) > 1) level[index] = depth + 1;
    }
  }
  const settled = distinct.map((entry, index) => {
    const depth = level[index] ?? 0;
    if (depth === 0) return entry;
    const by = depth === 1 ? "its link" : "its link, title and date";
    problems.push(`item ${entry.position}: guid shared with other items; told apart by ${by}`);
    const guid = capGuid(keys[index]?.[depth] ?? entry.item.guid);
    return { ...entry, item: { ...entry.item, guid, id: itemId(feedId, guid) } };
  });
  // One item's link can be another's guid; ids must stay unique whatever publishers do.
  const ids = new Map<string, number>();
  const kept = settled.filter(({ item, position }) => {
    const first = ids.get(item.id);
    if (first !== undefined) problems.push(`item ${position}: repeats item ${first}; kept the first`);
    else ids.set(item.id, position);
    return first === undefined;
  });
  return { kept, problems };
}
