import type { Redis } from "ioredis";
import type { EventSummary } from "../model/story.ts";
import type { StoreKeys } from "./keys.ts";

/**
 * The keys save-event.lua files a story under (after the events index): the event's hash, its
 * stories and its feeds. A report without an event names placeholders, never written.
 */
export function eventKeys(keys: StoreKeys, eventId: string | undefined): string[] {
  if (eventId === undefined) return [keys.temp("no-event"), keys.temp("no-event"), keys.temp("no-event")];
  return [keys.event(eventId), keys.eventStories(eventId), keys.eventFeeds(eventId)];
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
