import type { Redis } from "ioredis";
import type { Assignment } from "../dedup/dedup-surface.ts";
import type { Decisions, LogAppend, SharedStoryIndex } from "../dedup/shared-index.ts";
import type { StoreKeys } from "../store/keys.ts";
import { knownStories, type StoryReport, storedPublished } from "../store/stories.ts";
import { textSupported } from "../tag/text-supported.ts";
import { commitFeed, type FeedCommit } from "./commit-feed.ts";
import type { PreparedItem } from "./prepare.ts";
import { seenEntries, type UnseenItems } from "./seen-items.ts";

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

/** The two levels of dedup, reports into stories and stories into events, in one shared index. */
export interface DedupIndexes {
  stories: SharedStoryIndex;
}

/** The feed whose document this is, and its seen-set as sorted (seen-items.ts), to replace it. */
export interface SeenUpdate {
  feedId: string;
  unseen: Pick<UnseenItems, "unchanged" | "hashes">;
}

/**
 * Items committed in one step at most. A script holds Redis while it runs, so a document of
 * thousands of new items is committed a slice at a time, the seen-set with the last slice.
 */
const COMMIT_ITEMS = 200;

interface Listed {
  entry: PreparedItem;
  /** The story the item was stored in before, if any. */
  knownStory: string | null;
}

/**
 * The I/O shell around dedup and the store: an item already stored goes back to its story; the
 * new ones are decided by the dedup index as one batch, their stories and their stories' events,
 * and the document is committed in one step (commit-feed.lua), decided again while the dedup log
 * refuses it.
 */
export async function storeItems(
  redis: Redis,
  keys: StoreKeys,
  indexes: DedupIndexes,
  prepared: PreparedItem[],
  now: Date,
  retentionMs: number,
  seen?: SeenUpdate,
): Promise<StoreResult> {
  const outcome: StoreResult = { created: 0, joined: 0, repeated: 0, changed: 0, changes: [] };
  const known = await knownStories(
    redis,
    keys,
    prepared.map((entry) => entry.item.id),
  );
  const items = await keepFirstSeen(redis, keys, prepared, known, now);
  // A document that lists one item twice gives both listings one id: one report, the first.
  const firsts = new Map<string, Listed>();
  for (const [position, entry] of items.entries()) {
    if (firsts.has(entry.item.id)) outcome.repeated += 1;
    else firsts.set(entry.item.id, { entry, knownStory: known[position] ?? null });
  }
  const listed = [...firsts.values()];
  for (let start = 0; start === 0 || start < listed.length; start += COMMIT_ITEMS) {
    const last = start + COMMIT_ITEMS >= listed.length;
    const writeSeen = last && seen ? seenWrite(seen) : null;
    const slice = listed.slice(start, start + COMMIT_ITEMS);
    await commitSlice({ redis, keys, indexes, now, retentionMs }, slice, writeSeen, outcome);
  }
  return outcome;
}

function seenWrite(seen: SeenUpdate): FeedCommit["seen"] {
  const entries = seenEntries(seen.unseen);
  return entries === null ? null : { feedId: seen.feedId, entries };
}

const reportOf = (entry: PreparedItem, storyId: string, isNew: boolean, eventId?: string): StoryReport => ({
  storyId,
  isNew,
  ...(eventId === undefined ? {} : { eventId }),
  item: entry.item,
  source: entry.source,
  // Only the report that created the story brings the tags its feed's hints give.
  tags: isNew ? entry.tags : textSupported(entry.tags),
  ownSite: entry.ownSite,
});

interface SliceContext {
  redis: Redis;
  keys: StoreKeys;
  indexes: DedupIndexes;
  now: Date;
  retentionMs: number;
}

/** Decides and commits one slice of a document. */
async function commitSlice(
  context: SliceContext,
  listed: Listed[],
  seen: FeedCommit["seen"],
  outcome: StoreResult,
): Promise<void> {
  const { redis, keys, indexes, now, retentionMs } = context;
  const fresh = listed.filter(({ knownStory }) => knownStory === null).map(({ entry }) => entry);
  const repolled = listed.flatMap(({ entry, knownStory }) =>
    knownStory === null ? [] : [reportOf(entry, knownStory, false)],
  );
  const commit = (append: LogAppend | null, decided: Decisions, forced: boolean) =>
    commitFeed(redis, keys, {
      append,
      forced,
      reports: [
        ...repolled,
        ...fresh.map((entry, position) => {
          const { storyId, isNew } = decided.assignments[position] as Assignment;
          return reportOf(entry, storyId, isNew, decided.events[position]?.eventId);
        }),
      ],
      seen,
      now,
      retentionMs,
    });
  let changed: boolean[] = [];
  if (fresh.length > 0) {
    const { assignments } = await indexes.stories.settle(
      fresh.map(({ candidate, tags }) => ({ candidate, tags })),
      now,
      async (batch, forced) => {
        const reply = await commit(batch.append, batch, forced);
        changed = reply.changed;
        return reply.outcome;
      },
    );
    for (const [position, { storyId, isNew }] of assignments.entries()) {
      if (isNew) outcome.created += 1;
      else outcome.joined += 1;
      outcome.changes.push({ storyId, created: isNew, revision: (fresh[position] as PreparedItem).item.id });
    }
  } else if (repolled.length > 0 || seen !== null) {
    changed = (await commit(null, { assignments: [], events: [] }, false)).changed;
  }
  outcome.repeated += repolled.length;
  outcome.changed += changed.filter(Boolean).length;
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
