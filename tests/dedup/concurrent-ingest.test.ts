import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SharedStoryIndex } from "../../src/dedup/shared-index.ts";
import { type PreparedItem, prepareItems } from "../../src/ingest/prepare.ts";
import { type StoreOutcome, storeItems } from "../../src/ingest/store-items.ts";
import type { Item } from "../../src/model/item.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { knownStories, loadStories } from "../../src/store/stories.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeTags } from "../helpers/stories.ts";

const root = testPrefix("dedup-ingest");
const NOW = new Date("2026-05-04T12:00:00.000Z");
const RETENTION_MS = 30 * 86_400_000;
const WINDOW_MS = 3 * 86_400_000;
const EVENTS = 30;
const FEEDS = 24;
const INGESTERS = 8;

/**
 * Invented words: the first three syllables spell a number below 1,728, so two numbers never
 * share the six leading letters that dedup keeps of a word.
 */
const SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "no", "vi", "de", "pa", "gu", "ze"];
function word(n: number): string {
  return `${[1, 12, 144].map((unit) => SYLLABLES[Math.floor(n / unit) % 12]).join("")}ta`;
}
/** Words every report uses, as "said" or "police": they fill buckets shared by unrelated events. */
const COMMON = Array.from({ length: 12 }, (_, index) => word(1700 + index));
const eventWords = (event: number, from: number, count: number) =>
  Array.from({ length: count }, (_, index) => word(event * 40 + from + index));
const common = (event: number, count: number) =>
  Array.from({ length: count }, (_, index) => COMMON[(event + index * 5) % COMMON.length]);

/**
 * Copy `copy` of an event's report, as one outlet ran it: the wire text, a wire prefix, a word
 * added to the headline, a word of the lead changed, a later timestamp, and the first copy
 * again under the same address in a second feed of its outlet. Every two copies of one event
 * are near duplicates and no two events are, so the right story groups do not depend on the
 * order reports arrive in.
 */
function copyOf(event: number, copy: number): Item {
  const title = [...eventWords(event, 0, 8), ...common(event, 2)];
  const lead = [...eventWords(event, 8, 20), ...common(event + 1, 4)];
  if (copy === 2) title.push(word(event * 40 + 39));
  if (copy === 3) lead[5] = COMMON[(event + 7) % COMMON.length] as string;
  const id = `e${event}c${copy}`;
  const address = `https://outlet${copy === 5 ? 0 : copy}.example/${event}`;
  return makeItem(id, {
    guid: copy === 4 ? `urn:uuid:00000000-0000-4000-8000-${String(event).padStart(12, "0")}` : `g-${id}`,
    feedId: "",
    title: `${copy === 1 ? "UPDATE 1-" : ""}${title.join(" ")}`,
    summary: `${lead.join(" ")}.`,
    link: address,
    canonicalUrl: address,
    published: new Date(NOW.getTime() - 3_600_000 + (copy === 4 ? 1_200_000 : event * 1000)).toISOString(),
  });
}

/** Six copies of every event, dealt over the feeds so each feed mixes many events. */
function feeds(): PreparedItem[][] {
  const items = Array.from({ length: FEEDS }, () => [] as Item[]);
  for (let event = 0; event < EVENTS; event++) {
    for (let copy = 0; copy < 6; copy++) items[(event * 5 + copy * 7) % FEEDS]?.push(copyOf(event, copy));
  }
  return items.map((feedItems, index) => {
    const feedId = `feed-${index}`;
    const withFeed = feedItems.map((item) => ({ ...item, feedId }));
    return prepareItems(
      withFeed,
      { id: feedId, url: `https://${feedId}.example/feed` },
      () => makeTags(),
      NOW,
      RETENTION_MS,
    );
  });
}

interface Run {
  prefix: string;
  outcome: StoreOutcome;
  refused: number;
  forced: number;
}

/**
 * `ingesters` workers, each with its own connection and index as separate processes would
 * have, take feeds from one queue and store them. The first feeds are queued twice, as a
 * re-poll racing the first poll.
 */
async function ingest(name: string, ingesters: number): Promise<Run> {
  const prefix = `${root}:${name}`;
  const queue = [...feeds(), ...feeds().slice(0, 4)];
  const outcome: StoreOutcome = { created: 0, joined: 0, repeated: 0, changed: 0 };
  const indexes: SharedStoryIndex[] = [];
  await Promise.all(
    Array.from({ length: ingesters }, async () => {
      const client = connect();
      const index = new SharedStoryIndex(client, { prefix, windowMs: WINDOW_MS });
      indexes.push(index);
      try {
        for (let feed = queue.shift(); feed !== undefined; feed = queue.shift()) {
          const stored = await storeItems(
            client,
            storeKeys(prefix),
            { stories: index },
            feed,
            NOW,
            RETENTION_MS,
          );
          for (const key of Object.keys(outcome) as (keyof StoreOutcome)[]) outcome[key] += stored[key];
        }
      } finally {
        client.disconnect();
      }
    }),
  );
  const sum = (field: "refused" | "forced") =>
    indexes.reduce((total, index) => total + index.stats[field], 0);
  return { prefix, outcome, refused: sum("refused"), forced: sum("forced") };
}

const allIds = () => feeds().flatMap((feed) => feed.map((entry) => entry.item.id));

/** Item ids grouped by the story they were stored in, in a form that compares as a whole. */
async function storyGroups(prefix: string): Promise<string[][]> {
  const ids = allIds();
  const stories = await knownStories(redis, storeKeys(prefix), ids);
  const groups = new Map<string, string[]>();
  for (const [position, id] of ids.entries()) {
    const story = stories[position] ?? `missing ${id}`;
    groups.set(story, [...(groups.get(story) ?? []), id]);
  }
  return [...groups.values()]
    .map((group) => group.sort())
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

let redis: Redis;
let sequential: Run;
let concurrent: Run;

beforeAll(async () => {
  redis = connect();
  sequential = await ingest("sequential", 1);
  concurrent = await ingest("concurrent", INGESTERS);
});

afterAll(async () => {
  await dropPrefix(redis, root);
  redis.disconnect();
});

describe(`${INGESTERS} ingesters storing overlapping feeds at once`, () => {
  const items = EVENTS * 6;

  it("store every item, each as a source of its story", async () => {
    const ids = allIds();
    expect(ids).toHaveLength(items);
    const storyIds = await knownStories(redis, storeKeys(concurrent.prefix), ids);
    expect(storyIds.filter((storyId) => storyId === null)).toEqual([]);
    const stories = await loadStories(redis, storeKeys(concurrent.prefix), [
      ...new Set(storyIds as string[]),
    ]);
    const sources = stories.flatMap((story) => story.sources.map((source) => source.itemId));
    expect(sources.sort()).toEqual([...ids].sort());
    // Thirty unrelated events: each story is its own event, however the writers raced.
    expect(stories.map((story) => story.event?.id)).toEqual(stories.map((story) => story.id));
  });

  it("count every item processed once, re-polls included", () => {
    const { created, joined, repeated } = concurrent.outcome;
    const repolled = feeds()
      .slice(0, 4)
      .reduce((sum, feed) => sum + feed.length, 0);
    expect(created + joined + repeated).toBe(items + repolled);
    expect(created).toBe(EVENTS);
  });

  it("merge duplicates into the same story groups as one ingester does: one per event", async () => {
    const groups = await storyGroups(concurrent.prefix);
    expect(groups).toEqual(await storyGroups(sequential.prefix));
    const events = Array.from({ length: EVENTS }, (_, event) =>
      Array.from({ length: 6 }, (_, copy) => `e${event}c${copy}`).sort(),
    ).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
    expect(groups).toEqual(events);
  });

  // Refusals come from copies of one event filed at the same moment, which must be compared,
  // and from unrelated stories entering the candidates through buckets of common words: a
  // fraction of the items. Shared version slots refused several commits per item.
  it("refuse commits for a fraction of the items and never fall back to an unchecked one", () => {
    expect(sequential.refused).toBe(0);
    expect(concurrent.forced).toBe(0);
    expect(concurrent.refused).toBeLessThan(items / 2);
  });
});
