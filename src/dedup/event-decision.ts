import type { EventFeatures } from "./event-features.ts";
import { sameEvent } from "./same-event.ts";

/**
 * Bounds that keep event assignment flat in cost: an event remembers its newest
 * MEMBER_LIMIT stories, each name bucket its BUCKET_LIMIT most recent events, and at most
 * CANDIDATE_LIMIT events are compared.
 */
export const EVENT_MEMBER_LIMIT = 16;
export const EVENT_BUCKET_LIMIT = 8;
export const EVENT_CANDIDATE_LIMIT = 8;

export interface EventAssignment {
  eventId: string;
  isNew: boolean;
  reason: string;
}

export interface StoredEvent {
  eventId: string;
  /** Newest first. */
  members: EventFeatures[];
}

/** Events named by the most of the story's headline names first; ties keep first-seen order. */
export function rankEvents(hits: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const eventId of hits) counts.set(eventId, (counts.get(eventId) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, EVENT_CANDIDATE_LIMIT)
    .map(([eventId]) => eventId);
}

/**
 * The shared decision of both indexes: the story joins the event holding its closest match
 * among the stories compared, else starts an event named after itself. Linking to any one
 * story of an event is enough, so an event grows along its developments.
 */
export function decideEvent(story: EventFeatures, events: readonly StoredEvent[]): EventAssignment {
  let best: { eventId: string; score: number; reason: string } | null = null;
  for (const event of events) {
    for (const member of event.members) {
      const verdict = sameEvent(story, member);
      if (verdict.same && (best === null || verdict.score > best.score)) {
        best = { eventId: event.eventId, score: verdict.score, reason: verdict.reason };
      }
    }
  }
  if (best !== null) return { eventId: best.eventId, isNew: false, reason: best.reason };
  return { eventId: story.storyId, isNew: true, reason: "new event" };
}

/** Adds a story to an event's members, newest first, keeping the newest EVENT_MEMBER_LIMIT. */
export function withMember(members: readonly EventFeatures[], story: EventFeatures): EventFeatures[] {
  return [story, ...members].sort((a, b) => b.at - a.at).slice(0, EVENT_MEMBER_LIMIT);
}
