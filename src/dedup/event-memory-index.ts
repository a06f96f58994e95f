import {
  decideEvent,
  EVENT_BUCKET_LIMIT,
  EVENT_MEMBER_LIMIT,
  type EventAssignment,
  rankEvents,
  type StoredEvent,
  withMember,
} from "./event-decision.ts";
import type { EventFeatures } from "./event-features.ts";
import { checkWindow } from "./story-index.ts";

/** One story filed under an event, as an index files it and as the shared log carries it. */
export interface FiledEvent {
  eventId: string;
  features: EventFeatures;
}

/** A decision and the story to file once it is kept; nothing to file when the story had its event. */
export interface DecidedEvent {
  assignment: EventAssignment;
  filed: FiledEvent | null;
}

interface EventRecord extends StoredEvent {
  lastAt: number;
}

const storysEvent = (eventId: string): EventAssignment => ({
  eventId,
  isNew: false,
  reason: "the story's event",
});

/**
 * The event index of one process: the offline `sitrep dedup` command, tests, and each worker's
 * copy of the shared index (shared-index.ts), which files the events every worker logs. A
 * story's event and an event are forgotten a window after their last use.
 *
 * `decide` may look through a second index `beside` this one: the stories of a batch not yet
 * committed, filed there so that the batch's later stories see its earlier ones.
 */
export class MemoryEventIndex {
  readonly #windowMs: number;
  readonly #events = new Map<string, EventRecord>();
  readonly #stories = new Map<string, { eventId: string; until: number }>();
  /** Name → the events whose recent stories name it, most recently active first. */
  readonly #buckets = new Map<string, string[]>();
  /** Story ids in the order their entries expire (filings come in time order). */
  #expiry: Array<{ until: number; storyId: string }> = [];
  #expiryHead = 0;
  /** Work done so far, counted: it shows the cost per story stays bounded. */
  readonly work = { assignments: 0, membersCompared: 0 };

  constructor(opts: { windowMs: number }) {
    this.#windowMs = checkWindow(opts.windowMs);
  }

  /** Decides a story's event and files it: for one process alone, with nothing to commit. */
  assign(features: EventFeatures, now: Date): EventAssignment {
    const { assignment, filed } = this.decide(features.storyId, () => features, now);
    if (filed !== null) this.file(filed, now.getTime());
    return assignment;
  }

  /**
   * The decision for one story, from this index (and `beside`), filing nothing. A story that has
   * its event keeps it, and its features (`features`, built only when needed) are not read.
   */
  decide(
    storyId: string,
    story: () => EventFeatures,
    now: Date,
    beside: MemoryEventIndex = NOTHING_BESIDE,
  ): DecidedEvent {
    this.work.assignments += 1;
    this.#sweep(now.getTime());
    const known = (this.#stories.get(storyId) ?? beside.#stories.get(storyId))?.eventId;
    if (known !== undefined) return { assignment: storysEvent(known), filed: null };
    const features = story();
    const events = rankEvents(features.head.flatMap((name) => this.#bucket(name, beside))).flatMap(
      (eventId) => this.#view(eventId, beside, now.getTime()) ?? [],
    );
    for (const event of events) this.work.membersCompared += event.members.length;
    const assignment = decideEvent(features, events);
    return { assignment, filed: { eventId: assignment.eventId, features } };
  }

  /** Files a decided story, as of `filedAt` (ms): its entry expires a window from then. */
  file({ eventId, features }: FiledEvent, filedAt: number): void {
    const event = this.#events.get(eventId) ?? { eventId, members: [], lastAt: features.at };
    event.members = withMember(event.members, features);
    event.lastAt = Math.max(event.lastAt, features.at);
    this.#events.set(eventId, event);
    for (const name of features.names) {
      const bucket = (this.#buckets.get(name) ?? []).filter((other) => other !== eventId);
      this.#buckets.set(name, [eventId, ...bucket].slice(0, EVENT_BUCKET_LIMIT));
    }
    const until = filedAt + this.#windowMs;
    this.#stories.set(features.storyId, { eventId, until });
    this.#expiry.push({ until, storyId: features.storyId });
  }

  /** A name's bucket as both indexes know it: the events filed `beside`, the newer, first. */
  #bucket(name: string, beside: MemoryEventIndex): string[] {
    const mine = this.#buckets.get(name) ?? [];
    const theirs = beside.#buckets.get(name);
    if (theirs === undefined) return mine;
    return [...theirs, ...mine.filter((eventId) => !theirs.includes(eventId))].slice(0, EVENT_BUCKET_LIMIT);
  }

  /** An open event as both indexes know it, its members newest first. */
  #view(eventId: string, beside: MemoryEventIndex, now: number): EventRecord | undefined {
    const mine = this.#open(eventId, now);
    const pending = beside.#events.get(eventId);
    const theirs = pending !== undefined && pending.lastAt + this.#windowMs >= now ? pending : undefined;
    if (mine === undefined || theirs === undefined) return mine ?? theirs;
    return {
      eventId,
      members: [...theirs.members, ...mine.members].sort((a, b) => b.at - a.at).slice(0, EVENT_MEMBER_LIMIT),
      lastAt: Math.max(mine.lastAt, theirs.lastAt),
    };
  }

  /** An event closes a window after its newest story; buckets let go of it when next read. */
  #open(eventId: string, now: number): EventRecord | undefined {
    const event = this.#events.get(eventId);
    if (event === undefined || event.lastAt + this.#windowMs >= now) return event;
    this.#events.delete(eventId);
    return undefined;
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

/** What `decide` looks through beside an index when no batch is pending. */
const NOTHING_BESIDE = new MemoryEventIndex({ windowMs: 1 });
