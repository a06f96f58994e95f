import type { Redis } from "ioredis";
import { errorReason } from "../metrics/counters.ts";
import type { PushKeys } from "../store/keys.ts";

/** A feed that has not been reached over the network, since when and the last error. */
export interface Unreachable {
  since: string;
  error: string;
}

export interface Reachability {
  unreachable: Map<string, Unreachable>;
  /** Feed id → the last time it answered at all (any HTTP answer counts: the network carried it). */
  answered: Map<string, string>;
}

/**
 * What a poll attempt says about the network path to its feed: a success or any answer from the
 * server (an HTTP error, a body that is not a feed) shows the path works; a refused, reset or
 * timed-out connection or a DNS failure shows it does not; a refused address says nothing.
 */
export function reachOf(error: unknown): "answered" | "unreachable" | "unknown" {
  if (error === null) return "answered";
  const reason = errorReason(error);
  if (reason === "network" || reason === "timeout") return "unreachable";
  return reason === "blocked" || reason === "other" ? "unknown" : "answered";
}

/** Records one poll attempt's reach: an answer ends an unreachable spell, a network failure starts or extends one. */
export async function recordReach(
  redis: Redis,
  keys: PushKeys,
  feedId: string,
  error: unknown,
  now: Date,
): Promise<void> {
  const reach = reachOf(error);
  if (reach === "answered") {
    // No transaction: a reader between the two sees the spell ended before the answer noted,
    // which says the same; every poll runs this, and MULTI/EXEC would double its commands.
    await Promise.all([
      redis.hdel(keys.unreachable, feedId),
      redis.hset(keys.answered, feedId, now.toISOString()),
    ]);
  } else if (reach === "unreachable") {
    const previous = await redis.hget(keys.unreachable, feedId);
    const since = previous ? (JSON.parse(previous) as Unreachable).since : now.toISOString();
    const spell: Unreachable = { since, error: error instanceof Error ? error.message : String(error) };
    await redis.hset(keys.unreachable, feedId, JSON.stringify(spell));
  }
}

export async function readReachability(redis: Redis, keys: PushKeys): Promise<Reachability> {
  const [unreachable, answered] = await Promise.all([
    redis.hgetall(keys.unreachable),
    redis.hgetall(keys.answered),
  ]);
  return {
    unreachable: new Map(
      Object.entries(unreachable).map(([feedId, json]) => [feedId, JSON.parse(json) as Unreachable]),
    ),
    answered: new Map(Object.entries(answered)),
  };
}
