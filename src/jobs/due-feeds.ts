import type { Redis } from "ioredis";
import { luaScript, luaSource } from "../store/script.ts";

/**
 * The poll schedule: one sorted set of feed ids scored by when each is next due (ms since the
 * epoch), and a hash of how many attempts a feed being retried has made. Workers claim due
 * feeds from it in batches; one script hands them out and leases them, so two workers never
 * hold one feed at once, and a dead worker's feeds come back when their lease runs out.
 */
export const dueKeys = (prefix: string) => ({
  due: `${prefix}:schedule:due`,
  tries: `${prefix}:schedule:tries`,
});
export type DueKeys = ReturnType<typeof dueKeys>;

export interface Claimed {
  /** Redis's clock when the batch was claimed: due times of the batch count from it. */
  now: number;
  feeds: { id: string; tries: number }[];
  /** When nothing was due: the earliest due time, or null when the schedule is empty. */
  nextDue: number | null;
}

const claimScript = luaScript(luaSource(new URL("./claim-due.lua", import.meta.url)));
const settleScript = luaScript(luaSource(new URL("./settle-due.lua", import.meta.url)));

export async function claimDue(redis: Redis, keys: DueKeys, max: number, leaseMs: number): Promise<Claimed> {
  const [now, ids, tries, next] = (await claimScript(redis, [keys.due, keys.tries], [leaseMs, max])) as [
    number,
    string[],
    (string | null)[],
    string | null,
  ];
  return {
    now,
    feeds: ids.map((id, index) => ({ id, tries: Number(tries[index] ?? 0) })),
    nextDue: next === null ? null : Number(next),
  };
}

/** A feed's next due time after a poll, and its attempts so far when it is to be retried. */
export interface Settled {
  id: string;
  /** The lease the poll held, as last claimed or renewed: the write is dropped if it changed. */
  leasedUntil: number;
  dueAt: number;
  /** Attempts made of a tick that is to be tried again; 0 when the tick is over. */
  tries: number;
  /** Whether the claim found the feed mid-retry, so that its count must be cleared. */
  wasRetrying: boolean;
}

/** Writes the next due times of a batch of polls in one round trip (see settle-due.lua). */
export async function settleDue(redis: Redis, keys: DueKeys, settled: readonly Settled[]): Promise<void> {
  if (settled.length === 0) return;
  const args = settled.flatMap((feed) => [
    feed.id,
    feed.leasedUntil,
    feed.dueAt,
    feed.tries,
    feed.wasRetrying ? "1" : "0",
  ]);
  await settleScript(redis, [keys.due, keys.tries], [settled.length, ...args]);
}

/** Extends the lease of feeds still being polled; never brings a due time forward (GT). */
export async function renewLeases(
  redis: Redis,
  keys: DueKeys,
  ids: readonly string[],
  until: number,
): Promise<void> {
  if (ids.length === 0) return;
  await redis.zadd(keys.due, "XX", "GT", ...ids.flatMap((id) => [until, id]));
}

const SLICE = 1000;

/**
 * Makes the schedule match the configured feeds: a new feed is due at once (NX leaves a known
 * feed's due time alone, so every worker may run this at start), a removed one leaves the set
 * and is never claimed again. Returns the ids removed.
 */
export async function reconcileDue(
  redis: Redis,
  keys: DueKeys,
  feedIds: readonly string[],
  now: number,
): Promise<string[]> {
  const wanted = new Set(feedIds);
  const removed = (await redis.zrange(keys.due, 0, -1)).filter((id) => !wanted.has(id));
  // In slices, so no one command carries every id of a large config and blocks Redis meanwhile.
  for (let start = 0; start < removed.length; start += SLICE) {
    const slice = removed.slice(start, start + SLICE);
    await redis
      .multi()
      .zrem(keys.due, ...slice)
      .hdel(keys.tries, ...slice)
      .exec();
  }
  for (let start = 0; start < feedIds.length; start += SLICE) {
    await redis.zadd(keys.due, "NX", ...feedIds.slice(start, start + SLICE).flatMap((id) => [now, id]));
  }
  return removed;
}
