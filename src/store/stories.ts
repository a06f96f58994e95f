import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import type { Item } from "../model/item.ts";
import type { Source, Story } from "../model/story.ts";
import type { Tags } from "../model/tags.ts";
import { eventKeys, loadEventSummaries } from "./events.ts";
import type { IndexKind, StoreKeys } from "./keys.ts";
import { luaScript, luaSource } from "./script.ts";

const saveScript = luaScript(
  luaSource(
    new URL("./save-report.lua", import.meta.url),
    new URL("./save-event.lua", import.meta.url),
    new URL("./save-story.lua", import.meta.url),
  ),
);
const replaceTagsScript = luaScript(readFileSync(new URL("./replace-tags.lua", import.meta.url), "utf8"));

/** The index kinds that come from tags, as opposed to the feed a report came from. */
const TAG_INDEXES: IndexKind[] = ["lang", "country", "region", "crisis", "custom"];

/** Fields of the metrics hash that count items as they are stored: those that created a story, and those that joined one. */
export const INGEST_COUNTERS = { created: "items:created", joined: "items:joined" } as const;

export interface StoryReport {
  storyId: string;
  /** True when this item created the story (the dedup index said so). */
  isNew: boolean;
  item: Item;
  source: Source;
  tags: Tags;
  /** The event the story belongs to (the event index said so); reports saved without one have none. */
  eventId?: string;
  /** The report comes from the site the article is on; such a report's headline leads the story. */
  ownSite?: boolean;
}

/** The index entries tags put a story in: its language (else the item's) and each tag. */
function tagIndexEntries(tags: Tags, itemLanguage: string | null): [IndexKind, string][] {
  const entries: [IndexKind, string][] = [];
  const language = tags.language ?? itemLanguage;
  if (language) entries.push(["lang", language]);
  for (const code of tags.countries) entries.push(["country", code]);
  for (const slug of tags.regions) entries.push(["region", slug]);
  for (const slug of tags.crises) entries.push(["crisis", slug]);
  for (const tag of tags.custom) entries.push(["custom", tag]);
  return entries;
}

/** The index entries a report adds its story to: one per filterable value. */
export function indexEntries(report: StoryReport): [IndexKind, string][] {
  return [["feed", report.item.feedId], ...tagIndexEntries(report.tags, report.item.language)];
}

/** Saves one report, and files its story under its event if it has one; true when either changed. */
export async function saveReport(
  redis: Redis,
  keys: StoreKeys,
  report: StoryReport,
  now: Date,
  retentionMs: number,
): Promise<boolean> {
  const { storyId, item } = report;
  const changed = await saveScript(
    redis,
    [
      keys.story(storyId),
      keys.storySources(storyId),
      keys.itemStory(item.id),
      keys.timeline,
      keys.version,
      keys.metrics,
      keys.events,
      ...eventKeys(keys, report.eventId),
      ...indexEntries(report).map(([kind, value]) => keys.index(kind, value)),
    ],
    [
      storyId,
      item.id,
      JSON.stringify(item),
      JSON.stringify(report.source),
      Date.parse(item.published),
      now.toISOString(),
      JSON.stringify(report.tags),
      retentionMs,
      report.isNew ? "1" : "0",
      INGEST_COUNTERS.created,
      INGEST_COUNTERS.joined,
      report.ownSite ? "1" : "0",
      report.eventId ?? "",
      item.title,
      item.feedId,
    ],
  );
  return changed === 1;
}

/**
 * Replaces a story's tags with new ones (after the tagging rules changed) and moves it between
 * the tag indexes. Returns true when the tags changed; unchanged tags write nothing, so caches
 * and feed ETags stay as they are.
 */
export async function replaceTags(
  redis: Redis,
  keys: StoreKeys,
  storyId: string,
  item: Pick<Item, "language">,
  tags: Tags,
): Promise<boolean> {
  const tagKeys = tagIndexEntries(tags, item.language).map(([kind, value]) => keys.index(kind, value));
  const changed = await replaceTagsScript(
    redis,
    [keys.story(storyId), keys.version, ...tagKeys],
    [storyId, JSON.stringify(tags), ...TAG_INDEXES.map((kind) => keys.index(kind, ""))],
  );
  return changed === 1;
}

/** The publication time each stored report was saved with (null when it is not stored). */
export async function storedPublished(
  redis: Redis,
  keys: StoreKeys,
  reports: { storyId: string; itemId: string }[],
): Promise<(string | null)[]> {
  if (reports.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const { storyId, itemId } of reports) pipeline.hget(keys.storySources(storyId), itemId);
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([error, json]) => {
    if (error) throw error;
    return typeof json === "string" ? (JSON.parse(json) as Source).published : null;
  });
}

/** Story ids for item ids already stored: a re-polled item skips the dedup index. */
export async function knownStories(
  redis: Redis,
  keys: StoreKeys,
  itemIds: string[],
): Promise<(string | null)[]> {
  if (itemIds.length === 0) return [];
  return redis.mget(itemIds.map(keys.itemStory));
}

// Redis' cjson writes an empty Lua table as {}, so arrays that went through Lua are read defensively.
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function toStory(id: string, hash: Record<string, string>, sources: Record<string, string>): Story | null {
  if (!hash.item || !hash.tags) return null;
  const tags = JSON.parse(hash.tags) as Partial<Tags>;
  const item = JSON.parse(hash.item) as Item;
  return {
    id,
    guid: hash.guid ?? id,
    item,
    sources: Object.values(sources)
      .map((json) => JSON.parse(json) as Source)
      .sort((a, b) => a.published.localeCompare(b.published) || a.itemId.localeCompare(b.itemId)),
    firstSeen: hash.firstSeen ?? item.published,
    lastSeen: hash.lastSeen ?? hash.firstSeen ?? item.published,
    language: tags.language ?? item.language,
    countries: list(tags.countries),
    regions: list(tags.regions),
    crises: list(tags.crises),
    custom: list(tags.custom),
    evidence: list(tags.evidence),
    event: null,
  };
}

/** Loads stories in the order given; ids whose story is gone (retention) are left out. */
export async function loadStories(redis: Redis, keys: StoreKeys, ids: string[]): Promise<Story[]> {
  if (ids.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.hgetall(keys.story(id)).hgetall(keys.storySources(id));
  const replies = (await pipeline.exec()) ?? [];
  const stories: Story[] = [];
  const eventIds: (string | null)[] = [];
  ids.forEach((id, index) => {
    const [hashError, hash] = replies[index * 2] ?? [];
    const [sourcesError, sources] = replies[index * 2 + 1] ?? [];
    if (hashError || sourcesError) throw hashError ?? sourcesError;
    const story = toStory(id, hash as Record<string, string>, sources as Record<string, string>);
    if (story === null) return;
    stories.push(story);
    eventIds.push((hash as Record<string, string>).event ?? null);
  });
  const events = await loadEventSummaries(
    redis,
    keys,
    eventIds.filter((eventId) => eventId !== null),
  );
  return stories.map((story, index) => {
    const eventId = eventIds[index];
    return eventId ? { ...story, event: events.get(eventId) ?? null } : story;
  });
}
