import type { Redis } from "ioredis";
import { FetchError, type FetchErrorCode } from "../fetch/fetch-error.ts";
import { FeedParseError } from "../parse/feed-parse-error.ts";
import type { StoreKeys } from "../store/keys.ts";
import { INGEST_COUNTERS } from "../store/stories.ts";

/**
 * Counters of work done in the worker process. They live in one Redis hash (`keys.metrics`)
 * rather than in the worker's memory, so the API's /metrics can report them, they add up
 * across several workers, and they survive a worker restart.
 */

/** How a poll ended, as the worker's PollOutcome describes it. Its items are counted by the store as they land. */
export type PollRecord = { kind: "stored" | "not-modified" | "skipped" };

export const POLL_OUTCOMES = ["stored", "not-modified", "skipped", "failed"] as const;
export type PollOutcomeLabel = (typeof POLL_OUTCOMES)[number];

/** Why a poll failed: the fetcher's error code, or the feed could not be parsed, or anything else. */
export const POLL_ERROR_REASONS = [
  "http",
  "timeout",
  "too-large",
  "blocked",
  "redirects",
  "network",
  "decode",
  "parse",
  "other",
] as const satisfies readonly (FetchErrorCode | "parse" | "other")[];
export type PollErrorReason = (typeof POLL_ERROR_REASONS)[number];

export interface CounterSnapshot {
  polls: Record<PollOutcomeLabel, number>;
  pollErrors: Record<PollErrorReason, number>;
  /** Items that created a story or joined one (re-polled items are not counted again). */
  itemsIngested: number;
  /** Items that joined a story another feed had reported: deduplication at work. */
  dedupMerges: number;
}

const pollField = (outcome: PollOutcomeLabel) => `polls:${outcome}`;
const errorField = (reason: PollErrorReason) => `poll_errors:${reason}`;

/** Counts one finished poll; call it with the outcome pollFeed returned. */
export async function recordPoll(redis: Redis, keys: StoreKeys, outcome: PollRecord): Promise<void> {
  await redis.hincrby(keys.metrics, pollField(outcome.kind), 1);
}

/** A wrapper (BullMQ's UnrecoverableError around a fetch or parse error) counts as what it wraps. */
export function errorReason(error: unknown): PollErrorReason {
  if (error instanceof FetchError) return error.code;
  if (error instanceof FeedParseError) return "parse";
  return error instanceof Error && error.cause !== undefined ? errorReason(error.cause) : "other";
}

/** Counts one failed poll attempt (a retried poll counts once per attempt), by reason. */
export async function recordPollFailure(redis: Redis, keys: StoreKeys, error: unknown): Promise<void> {
  await redis
    .multi()
    .hincrby(keys.metrics, pollField("failed"), 1)
    .hincrby(keys.metrics, errorField(errorReason(error)), 1)
    .exec();
}

export async function readCounters(redis: Redis, keys: StoreKeys): Promise<CounterSnapshot> {
  const hash = await redis.hgetall(keys.metrics);
  const count = (field: string) => Number(hash[field] ?? 0);
  const created = count(INGEST_COUNTERS.created);
  const joined = count(INGEST_COUNTERS.joined);
  return {
    polls: Object.fromEntries(POLL_OUTCOMES.map((outcome) => [outcome, count(pollField(outcome))])) as Record<
      PollOutcomeLabel,
      number
    >,
    pollErrors: Object.fromEntries(
      POLL_ERROR_REASONS.map((reason) => [reason, count(errorField(reason))]),
    ) as Record<PollErrorReason, number>,
    itemsIngested: created + joined,
    dedupMerges: joined,
  };
}
