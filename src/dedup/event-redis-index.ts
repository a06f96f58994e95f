import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import { type DedupKeys, dedupKeys } from "../store/keys.ts";
import { luaScript } from "../store/script.ts";
import {
  decideEvent,
  EVENT_BUCKET_LIMIT,
  EVENT_MEMBER_LIMIT,
  type EventAssignment,
  rankEvents,
  type StoredEvent,
} from "./event-decision.ts";
import type { EventFeatures } from "./event-features.ts";
import type { EventIndex, EventStory } from "./event-index.ts";
import { checkWindow } from "./story-index.ts";

const commit = luaScript(readFileSync(new URL("./commit-event.lua", import.meta.url), "utf8"));

/** Refusals in a row after which a decision is committed unchecked (see commit-event.lua). */
const CHECKED_ROUNDS = 16;

interface Loaded extends StoredEvent {
  version: string;
  last: number;
}

/**
 * The shared event index of all workers. It reads buckets and events, decides in TypeScript
 * with the same function as the in-memory index, and commits with one Lua call that refuses a
 * decision whose inputs changed meanwhile.
 */
export class RedisEventIndex implements EventIndex {
  readonly #redis: Redis;
  readonly #keys: DedupKeys;
  readonly #windowMs: number;
  readonly work = { assignments: 0, conflicts: 0, forced: 0 };

  constructor(redis: Redis, opts: { prefix: string; windowMs: number }) {
    this.#redis = redis;
    this.#keys = dedupKeys(opts.prefix);
    this.#windowMs = checkWindow(opts.windowMs);
  }

  async assign(story: EventStory, now: Date): Promise<EventAssignment> {
    this.work.assignments += 1;
    const { features } = story;
    const keys = this.#keys;
    for (let round = 1; ; round += 1) {
      const forced = round > CHECKED_ROUNDS;
      const [known, buckets] = await this.#readBuckets(features);
      if (known !== null) return { eventId: known, isNew: false, reason: "the story's event" };
      const events = (await this.#load(rankEvents(buckets.flat()))).filter(
        (event) => event.last + this.#windowMs >= now.getTime(),
      );
      const decision = decideEvent(features, events);
      const reply = (await commit(
        this.#redis,
        [
          keys.storyEvent(features.storyId),
          keys.event(decision.eventId),
          keys.eventMembers(decision.eventId),
          ...events.map((event) => keys.event(event.eventId)),
          ...features.head.map(keys.eventBucket),
          ...features.names.map(keys.eventBucket),
        ],
        [
          decision.isNew ? "new" : "join",
          forced ? "1" : "0",
          decision.eventId,
          JSON.stringify(features),
          EVENT_MEMBER_LIMIT,
          this.#windowMs,
          features.at,
          events.length,
          features.head.length,
          features.names.length,
          EVENT_BUCKET_LIMIT,
          buckets.map((ids) => ids.join(",")).join(";"),
          ...events.map((event) => event.version),
        ],
      )) as [string, string?];
      if (reply[0] === "conflict") {
        this.work.conflicts += 1;
        continue;
      }
      if (forced) this.work.forced += 1;
      if (reply[0] === "known")
        return { eventId: reply[1] as string, isNew: false, reason: "the story's event" };
      return decision;
    }
  }

  async #readBuckets(features: EventFeatures): Promise<[string | null, string[][]]> {
    const pipeline = this.#redis.pipeline().get(this.#keys.storyEvent(features.storyId));
    for (const name of features.head)
      pipeline.zrevrange(this.#keys.eventBucket(name), 0, EVENT_BUCKET_LIMIT - 1);
    const replies = (await pipeline.exec()) ?? [];
    const values = replies.map(([error, value]) => {
      if (error) throw error;
      return value;
    });
    return [(values[0] as string | null) ?? null, values.slice(1) as string[][]];
  }

  async #load(eventIds: string[]): Promise<Loaded[]> {
    if (eventIds.length === 0) return [];
    const pipeline = this.#redis.pipeline();
    for (const eventId of eventIds) {
      pipeline.hmget(this.#keys.event(eventId), "v", "last").lrange(this.#keys.eventMembers(eventId), 0, -1);
    }
    const replies = (await pipeline.exec()) ?? [];
    return eventIds.flatMap((eventId, index) => {
      const [hashError, hash] = replies[index * 2] ?? [];
      const [listError, list] = replies[index * 2 + 1] ?? [];
      if (hashError || listError) throw hashError ?? listError;
      const [version, last] = hash as [string | null, string | null];
      if (version === null) return [];
      const members = (list as string[]).map((json) => JSON.parse(json) as EventFeatures);
      return [{ eventId, members, version, last: Number(last ?? 0) }];
    });
  }
}
