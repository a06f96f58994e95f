import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import type { EventSummary } from "../model/story.ts";
import type { StoreKeys } from "./keys.ts";
import { luaScript } from "./script.ts";
import type { StoryReport } from "./stories.ts";

const saveScript = luaScript(readFileSync(new URL("./save-event.lua", import.meta.url), "utf8"));

/**
 * Files a report's story under its event: the event's title is its first story's headline,
 * and its `lastSeen` moves when a development (story) or an outlet joins. Returns true when
 * the event changed.
 */
export async function saveEventStory(
  redis: Redis,
  keys: StoreKeys,
  report: StoryReport & { eventId: string },
  now: Date,
  retentionMs: number,
): Promise<boolean> {
  const { eventId, storyId, item } = report;
  const changed = await saveScript(
    redis,
    [
      keys.event(eventId),
      keys.eventStories(eventId),
      keys.eventFeeds(eventId),
      keys.events,
      keys.story(storyId),
      keys.version,
    ],
    [eventId, storyId, item.feedId, item.title, Date.parse(item.published), now.toISOString(), retentionMs],
  );
  return changed === 1;
}

/** Summaries of the events that still exist, by id. */
export async function loadEventSummaries(
  redis: Redis,
  keys: StoreKeys,
  eventIds: string[],
): Promise<Map<string, EventSummary>> {
  const ids = [...new Set(eventIds)];
  const summaries = new Map<string, EventSummary>();
  if (ids.length === 0) return summaries;
  const pipeline = redis.pipeline();
  for (const id of ids) {
    pipeline
      .hmget(keys.event(id), "title", "firstSeen", "lastSeen")
      .zcard(keys.eventStories(id))
      .scard(keys.eventFeeds(id));
  }
  const replies = (await pipeline.exec()) ?? [];
  ids.forEach((id, index) => {
    const [hash, developments, outlets] = [0, 1, 2].map((offset) => {
      const [error, value] = replies[index * 3 + offset] ?? [];
      if (error) throw error;
      return value;
    }) as [(string | null)[], number, number];
    const [title, firstSeen, lastSeen] = hash;
    if (title === null || title === undefined || !firstSeen) return;
    summaries.set(id, { id, title, developments, outlets, firstSeen, lastSeen: lastSeen ?? firstSeen });
  });
  return summaries;
}

/** The ids of an event's stories, newest first, at most `limit`. */
export function eventStoryIds(
  redis: Redis,
  keys: StoreKeys,
  eventId: string,
  limit: number,
): Promise<string[]> {
  return redis.zrevrange(keys.eventStories(eventId), 0, limit - 1);
}
