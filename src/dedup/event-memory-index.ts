import {
  decideEvent,
  EVENT_BUCKET_LIMIT,
  type EventAssignment,
  rankEvents,
  withMember,
} from "./event-decision.ts";
import type { EventFeatures } from "./event-features.ts";
import type { EventIndex, EventStory } from "./event-index.ts";
import { checkWindow } from "./story-index.ts";

interface EventRecord {
  eventId: string;
  /** Newest first, at most EVENT_MEMBER_LIMIT. */
  members: EventFeatures[];
  lastAt: number;
}

/**
 * The event index of one process (`sitrep dedup`, tests): the Redis index's decisions, with a
 * story's event and an event forgotten a window after their last use, as Redis expiry would.
 */
export class MemoryEventIndex implements EventIndex {
  readonly #windowMs: number;
  readonly #events = new Map<string, EventRecord>();
  readonly #stories = new Map<string, { eventId: string; until: number }>();
  /** Name → the events whose recent stories name it, most recently active first. */
  readonly #buckets = new Map<string, string[]>();
  /** Story ids in the order their entries expire (assignments come in time order). */
  #expiry: Array<{ until: number; storyId: string }> = [];
  #expiryHead = 0;
  /** Work done so far, counted: it shows the cost per story stays bounded. */
  readonly work = { assignments: 0, membersCompared: 0 };

  constructor(opts: { windowMs: number }) {
    this.#windowMs = checkWindow(opts.windowMs);
  }

  async assign(story: EventStory, now: Date): Promise<EventAssignment> {
    this.work.assignments += 1;
    this.#sweep(now.getTime());
    const { features } = story;
    const known = this.#stories.get(features.storyId);
    if (known !== undefined) return { eventId: known.eventId, isNew: false, reason: "the story's event" };
    const events = rankEvents(features.head.flatMap((name) => this.#buckets.get(name) ?? []))
      .map((eventId) => this.#events.get(eventId))
      .filter((event): event is EventRecord => event !== undefined && this.#open(event, now.getTime()));
    for (const event of events) this.work.membersCompared += event.members.length;
    const assignment = decideEvent(features, events);
    const event = this.#events.get(assignment.eventId) ?? {
      eventId: assignment.eventId,
      members: [],
      lastAt: features.at,
    };
    event.members = withMember(event.members, features);
    event.lastAt = Math.max(event.lastAt, features.at);
    this.#events.set(event.eventId, event);
    for (const name of features.names) {
      const bucket = (this.#buckets.get(name) ?? []).filter((eventId) => eventId !== event.eventId);
      this.#buckets.set(name, [event.eventId, ...bucket].slice(0, EVENT_BUCKET_LIMIT));
    }
    const until = now.getTime() + this.#windowMs;
    this.#stories.set(features.storyId, { eventId: event.eventId, until });
    this.#expiry.push({ until, storyId: features.storyId });
    return assignment;
  }

  /** An event closes a window after its newest story; buckets let go of it when next read. */
  #open(event: EventRecord, now: number): boolean {
    if (event.lastAt + this.#windowMs >= now) return true;
    this.#events.delete(event.eventId);
    return false;
  }

  #sweep(now: number): void {
    while (this.#expiryHead < this.#expiry.length) {
      const next = this.#expiry[this.#expiryHead] as { until: number; storyId: string };
      if (next.until >= now) break;
      if (this.#stories.get(next.storyId)?.until === next.until) this.#stories.delete(next.storyId);
      this.#expiryHead += 1;
    }
    if (this.#expiryHead > 1024 && this.#expiryHead * 2 > this.#expiry.length) {
      this.#expiry = this.#expiry.slice(this.#expiryHead);
      this.#expiryHead = 0;
    }
  }
}
