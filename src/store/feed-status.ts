import type { Redis } from "ioredis";
import type { StoreKeys } from "./keys.ts";

/** What /api/feeds shows for each watched feed; kept in one Redis hash per feed. */
export interface FeedStatus {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** HTTP status of the last response; null when no response came (network error, blocked). */
  lastStatus: number | null;
  /** Null when the last poll succeeded. */
  lastError: string | null;
  /**
   * Scheduled polls in a row that failed, reset by a success. BullMQ's retries of one poll
   * count as that one failure; the failure backoff doubles with each.
   */
  consecutiveFailures: number;
  /** Items seen in the feed's last successful parse. */
  itemCount: number;
  /** Stories this feed created or joined, over the feed's life. */
  itemsStored: number;
  nextPollAt: string | null;
  /** Earliest time the next poll may go out (server's Retry-After / max-age, or failure backoff). */
  notBefore: string | null;
  /** The part of notBefore the server asked for; retries of a failed attempt honour only this. */
  serverFloor: string | null;
  /** A permanent failure (404/410, blocked address): polling stops until the config changes. */
  disabled: boolean;
  etag: string | null;
  lastModified: string | null;
  /** The feed's config entry its last poll went out with (JSON), so a changed entry can start afresh. */
  entry: string | null;
  /**
   * Hash of the last document parsed: a 200 whose body hashes the same is handled like a 304,
   * for the many servers that send no validators (or ignore them).
   */
  bodyHash: string | null;
}

const EMPTY: FeedStatus = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastStatus: null,
  lastError: null,
  consecutiveFailures: 0,
  itemCount: 0,
  itemsStored: 0,
  nextPollAt: null,
  notBefore: null,
  serverFloor: null,
  disabled: false,
  etag: null,
  lastModified: null,
  entry: null,
  bodyHash: null,
};

/**
 * What a feed whose config entry changed starts with: the old entry's failures, rest and
 * validators say nothing about the new one (a fixed URL must not stay disabled for a day), so
 * they go back to a never-polled feed's values; the feed's history (attempts, counts) stays.
 */
export const FRESH_START: Partial<FeedStatus> = Object.fromEntries(
  (
    [
      "lastStatus",
      "lastError",
      "consecutiveFailures",
      "nextPollAt",
      "notBefore",
      "serverFloor",
      "disabled",
      "etag",
      "lastModified",
      "bodyHash",
    ] as const
  ).map((field) => [field, EMPTY[field]]),
);

function decode(hash: Record<string, string>): FeedStatus {
  const status: FeedStatus = { ...EMPTY };
  for (const [field, raw] of Object.entries(hash)) {
    if (field in EMPTY) (status as unknown as Record<string, unknown>)[field] = JSON.parse(raw);
  }
  return status;
}

export async function readStatuses(redis: Redis, keys: StoreKeys, feedIds: string[]): Promise<FeedStatus[]> {
  if (feedIds.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const id of feedIds) pipeline.hgetall(keys.feedStatus(id));
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([error, hash]) => {
    if (error) throw error;
    return decode(hash as Record<string, string>);
  });
}

export async function readStatus(redis: Redis, keys: StoreKeys, feedId: string): Promise<FeedStatus> {
  return decode(await redis.hgetall(keys.feedStatus(feedId)));
}

/**
 * Writes the given fields only, so concurrent writers of different fields never clobber each
 * other. With `known`, the status this writer read, fields that still hold the same value are
 * left out: a steady feed's poll then writes little more than its times, in one command.
 */
export async function writeStatus(
  redis: Redis,
  keys: StoreKeys,
  feedId: string,
  patch: Partial<FeedStatus>,
  counters: { itemsStored?: number } = {},
  known?: FeedStatus,
): Promise<void> {
  const fields = Object.entries(patch).flatMap(([field, value]) => {
    const json = JSON.stringify(value);
    const unchanged = known && JSON.stringify(known[field as keyof FeedStatus]) === json;
    return unchanged ? [] : [field, json];
  });
  const key = keys.feedStatus(feedId);
  if (counters.itemsStored) {
    const multi = redis.multi();
    if (fields.length > 0) multi.hset(key, ...fields);
    await multi.hincrby(key, "itemsStored", counters.itemsStored).exec();
  } else if (fields.length > 0) await redis.hset(key, ...fields);
}

/** Drops the status of feeds no longer in the config. */
export async function dropStatuses(redis: Redis, keys: StoreKeys, feedIds: string[]): Promise<void> {
  if (feedIds.length > 0) await redis.unlink(...feedIds.map(keys.feedStatus));
}
