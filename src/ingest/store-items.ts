import type { Redis } from "ioredis";
import type { StoryIndex } from "../dedup/dedup-surface.ts";
import { eventFeatures } from "../dedup/event-features.ts";
import type { EventIndex } from "../dedup/event-index.ts";
import { referenceTime } from "../dedup/story-index.ts";
import type { StoreKeys } from "../store/keys.ts";
import { knownStories, saveReport, storedPublished } from "../store/stories.ts";
import { textSupported } from "../tag/text-supported.ts";
import type { PreparedItem } from "./prepare.ts";

/** A story that gained a report: what alerts and the WebSub hub react to. */
export interface StoryChange {
  storyId: string;
  /** True when the report created the story. */
  created: boolean;
  /** Names this change among the story's changes, so each is pushed at most once. */
  revision: string;
}

export interface StoreOutcome {
  /** Items that created a story. */
  created: number;
  /** Items that joined a story another item created (dedup merges). */
  joined: number;
  /** Items seen before (re-polls, updated in place) or listed again in the same document (skipped). */
  repeated: number;
  /** Items whose write changed something a reader would see. */
  changed: number;
}

/** The counts, and the stories created or joined, in order. */
export type StoreResult = StoreOutcome & { changes: StoryChange[] };

/** The two levels of dedup: reports into stories, stories into events. */
export interface DedupIndexes {
  stories: StoryIndex;
  events: EventIndex;
}

/**
 * The I/O shell around dedup and the store: an item already stored goes back to its
 * story; a new one asks the dedup index which story it belongs to, and the event index which
 * event that story is part of; then the report is saved.
 */
export async function storeItems(
  redis: Redis,
  keys: StoreKeys,
  indexes: DedupIndexes,
  prepared: PreparedItem[],
  now: Date,
  retentionMs: number,
): Promise<StoreResult> {
  const outcome: StoreResult = { created: 0, joined: 0, repeated: 0, changed: 0, changes: [] };
  const known = await knownStories(
    redis,
    keys,
    prepared.map((entry) => entry.item.id),
  );
  const items = await keepFirstSeen(redis, keys, prepared, known, now);
  // One item at a time, though the dedup index is safe under any concurrency: a worker already
  // runs many feeds at once, and measured with 4 or 8 items of a feed in flight the poll cycle
  // was no faster, while a feed's items, written alike, then raced each other in the index.
  const stored = new Set<string>();
  for (const [position, entry] of items.entries()) {
    // A document that lists one item twice gives both listings one id: one report, the first.
    if (stored.has(entry.item.id)) {
      outcome.repeated += 1;
      continue;
    }
    stored.add(entry.item.id);
    const knownStory = known[position];
    const assigned = knownStory
      ? { storyId: knownStory, isNew: false }
      : await indexes.stories.assign(entry.candidate, now);
    if (knownStory) outcome.repeated += 1;
    else if (assigned.isNew) outcome.created += 1;
    else outcome.joined += 1;
    if (!knownStory) {
      outcome.changes.push({ storyId: assigned.storyId, created: assigned.isNew, revision: entry.item.id });
    }
    const event = knownStory ? null : await assignEvent(indexes.events, entry, assigned, now);
    const changed = await saveReport(
      redis,
      keys,
      {
        storyId: assigned.storyId,
        isNew: assigned.isNew,
        item: entry.item,
        source: entry.source,
        // Only the report that created the story brings the tags its feed's hints give.
        tags: assigned.isNew ? entry.tags : textSupported(entry.tags),
        ownSite: entry.ownSite,
        ...(event ? { eventId: event.eventId } : {}),
      },
      now,
      retentionMs,
    );
    if (changed) outcome.changed += 1;
  }
  return outcome;
}

function assignEvent(
  events: EventIndex,
  entry: PreparedItem,
  assigned: { storyId: string; isNew: boolean },
  now: Date,
) {
  const { candidate } = entry;
  const features = eventFeatures({
    storyId: assigned.storyId,
    title: candidate.title,
    summary: candidate.summary,
    language: candidate.language,
    at: referenceTime(candidate.published, now),
    tags: entry.tags,
  });
  return events.assign({ isNewStory: assigned.isNew, features }, now);
}

/**
 * An item without a date of its own was given the poll's time (`now`) when normalised. Once stored,
 * it keeps the time it was first seen: re-polling it unchanged then changes nothing (no store version
 * bump, no cache invalidated), and its served date stays the one its index scores were given.
 */
async function keepFirstSeen(
  redis: Redis,
  keys: StoreKeys,
  prepared: PreparedItem[],
  known: (string | null)[],
  now: Date,
): Promise<PreparedItem[]> {
  const undated = prepared.flatMap((entry, position) => {
    const storyId = known[position];
    return storyId && entry.item.published === now.toISOString() ? [{ storyId, itemId: entry.item.id }] : [];
  });
  const firstSeen = new Map(
    (await storedPublished(redis, keys, undated)).map((published, i) => [undated[i]?.itemId, published]),
  );
  return prepared.map((entry) => {
    const published = firstSeen.get(entry.item.id);
    if (!published) return entry;
    return {
      item: { ...entry.item, published },
      tags: entry.tags,
      source: { ...entry.source, published },
      candidate: { ...entry.candidate, published },
      ownSite: entry.ownSite,
    };
  });
}
