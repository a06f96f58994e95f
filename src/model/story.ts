import type { Item } from "./item.ts";
import type { Tags } from "./tags.ts";

/** One report of a story by one feed. */
export interface Source {
  itemId: string;
  feedId: string;
  feedName: string | null;
  title: string;
  link: string | null;
  language: string | null;
  published: string;
}

/**
 * What the merged feed shows: one entry per story, however many feeds reported it.
 * The representative item is the earliest report; later sources only join the list,
 * so a feed reader never sees the story as new when another outlet picks it up.
 */
export interface Story extends Tags {
  id: string;
  /** Stable across source joins: never changes once the story exists. */
  guid: string;
  item: Item;
  sources: Source[];
  firstSeen: string;
  lastSeen: string;
  /** The event the story is a development of; null for stories stored without one. */
  event: EventSummary | null;
}

/** One real-world occurrence as its stories report it (see Deduplication in the README). */
export interface EventSummary {
  id: string;
  /** The headline of its first story. */
  title: string;
  /** Stories (developments) it holds. */
  developments: number;
  /** Feeds that reported it. */
  outlets: number;
  firstSeen: string;
  /** When its newest development or outlet joined. */
  lastSeen: string;
}
