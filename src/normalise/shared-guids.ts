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
 * Gives every distinct item of one document an identity of its own. Publishers do give many
 * items one <guid> (a feed-wide constant, or the episode's file for every segment) or one link
 * (the news page): those items are told apart by the next identity that differs, the link
 * (with its fragment), then link, title and date. An item whose guid is its own keeps it, so
 * its id is stable across polls.
 */
function tellApart<P extends Placed>(distinct: P[], feedId: string, problems: string[]): (P | null)[] {
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
  // One item's link can be another's guid; different items must never share an id.
  const ids = new Map<string, number>();
  return settled.map((entry) => {
    const first = ids.get(entry.item.id);
    if (first === undefined) ids.set(entry.item.id, entry.position);
    else problems.push(`item ${entry.position}: repeats item ${first}; kept the first`);
    return first === undefined ? entry : null;
  });
}

/**
 * Settles the ids of one document's items. An exact repeat (same guid, link, title and own
 * date as an earlier item) is the same item listed twice: it stays in the document's items,
 * as feed readers show it, with the id of its first listing, so the store keeps it as one
 * report (`storeItems`).
 */
export function settleGuids<P extends Placed>(
  placed: P[],
  feedId: string,
): { kept: P[]; problems: string[] } {
  const problems: string[] = [];
  const slotOf = new Map<string, number>();
  const distinct: P[] = [];
  const slots = placed.map((entry) => {
    const full = identities(entry).join("\n");
    const slot = slotOf.get(full);
    if (slot === undefined) {
      slotOf.set(full, distinct.length);
      distinct.push(entry);
      return distinct.length - 1;
    }
    problems.push(`item ${entry.position}: exact repeat of item ${distinct[slot]?.position}; stored once`);
    return slot;
  });
  const settled = tellApart(distinct, feedId, problems);
  const kept = placed.flatMap((entry, index) => {
    const own = settled[slots[index] ?? -1];
    if (!own) return [];
    if (own.position === entry.position) return [own];
    return [{ ...entry, item: { ...entry.item, guid: own.item.guid, id: own.item.id } }];
  });
  return { kept, problems };
}
