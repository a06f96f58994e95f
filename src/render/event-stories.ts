import type { Redis } from "ioredis";
import type { EventSummary, Story } from "../model/story.ts";
import { eventStoryIds, loadEventSummaries } from "../store/events.ts";
import type { StoreKeys } from "../store/keys.ts";
import { loadStories } from "../store/stories.ts";
import { eventPath } from "./document.ts";
import { eventStory } from "./event-entry.ts";

/** An event page or entry lists at most this many developments, the newest. */
export const DEVELOPMENTS_SHOWN = 100;

/** An event and its developments, newest first; null when it never existed or expired. */
export async function loadEvent(
  redis: Redis,
  keys: StoreKeys,
  eventId: string,
): Promise<{ event: EventSummary; developments: Story[] } | null> {
  const event = (await loadEventSummaries(redis, keys, [eventId])).get(eventId);
  if (event === undefined) return null;
  const developments = await loadStories(
    redis,
    keys,
    await eventStoryIds(redis, keys, eventId, DEVELOPMENTS_SHOWN),
  );
  return developments.length === 0 ? null : { event, developments };
}

/**
 * `group=event`: the stories a filter found, one entry per event in the order its newest
 * matching story came, each listing all the event's developments. Stories stored without an
 * event stay as they are.
 */
export async function groupByEvent(
  redis: Redis,
  keys: StoreKeys,
  stories: Story[],
  base: string,
): Promise<Story[]> {
  const seen = new Set<string>();
  const grouped: Story[] = [];
  for (const story of stories) {
    if (story.event === null) {
      grouped.push(story);
      continue;
    }
    if (seen.has(story.event.id)) continue;
    seen.add(story.event.id);
    const loaded = await loadEvent(redis, keys, story.event.id);
    grouped.push(
      loaded === null
        ? story
        : eventStory(loaded.event, loaded.developments, `${base}${eventPath(story.event.id)}`),
    );
  }
  return grouped;
}
