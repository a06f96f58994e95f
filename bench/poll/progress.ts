import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { POLL_ERROR_REASONS, POLL_OUTCOMES } from "../../src/metrics/counters.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { connectRedis } from "../../src/store/redis.ts";
import { INGEST_COUNTERS } from "../../src/store/stories.ts";

export interface CycleTally {
  /** Polls that finished in the cycle. */
  feeds: number;
  /** Items stored by those polls (stories created or joined). */
  items: number;
  created: number;
  joined: number;
  notModified: number;
  /** When the cycle's last poll was seen finished, ms since the epoch (to within PROBE_MS). */
  lastAt: number;
}

/** How often the counters are read: the resolution of a cycle's end, and the bench's own load. */
const PROBE_MS = 100;

/**
 * Follows the workers' poll counters in Redis (src/metrics/counters.ts, which every worker
 * process adds to) and tallies finished polls by cycle: with `feeds` feeds, cycle n is the
 * polls from (n - 1) × feeds to n × feeds. Each read is one `HGETALL`, counted in `probes` so
 * that a figure of Redis commands can leave the bench's own out.
 */
export class PollProgress {
  readonly cycles: CycleTally[] = [];
  readonly failures = new Map<string, number>();
  readonly #redis: Redis;
  readonly #metrics: string;
  readonly #perCycle: number;
  #probes = 0;
  #total = 0;
  #closed = false;
  #last: Record<string, string> = {};
  readonly #following: Promise<void>;

  constructor(redisUrl: string, prefix: string, perCycle = Number.POSITIVE_INFINITY) {
    this.#redis = connectRedis(redisUrl);
    this.#metrics = storeKeys(prefix).metrics;
    this.#perCycle = perCycle;
    this.#following = this.#follow();
  }

  /** `HGETALL`s sent so far. */
  get probes(): number {
    return this.#probes;
  }

  /** Polls finished so far, all feeds and cycles. */
  get polls(): number {
    return this.#total;
  }

  /** Resolves when `total` polls (all feeds, all cycles) have finished. */
  async reached(total: number): Promise<void> {
    while (this.#total < total && !this.#closed) await sleep(PROBE_MS / 2);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#following;
    this.#redis.disconnect();
  }

  async #follow(): Promise<void> {
    while (!this.#closed) {
      const hash = await this.#redis.hgetall(this.#metrics);
      this.#probes += 1;
      this.#tally(hash);
      await sleep(PROBE_MS);
    }
  }

  #tally(hash: Record<string, string>): void {
    const count = (from: Record<string, string>, field: string) => Number(from[field] ?? 0);
    const delta = (field: string) => count(hash, field) - count(this.#last, field);
    const total = POLL_OUTCOMES.reduce((sum, outcome) => sum + count(hash, `polls:${outcome}`), 0);
    if (total > this.#total) {
      // Polls seen since the last read belong to the cycle the read ends in.
      const index = Math.min(Math.ceil(total / this.#perCycle), this.cycles.length + 1) - 1;
      const tally = this.cycles[Math.max(0, index)] ?? {
        feeds: 0,
        items: 0,
        created: 0,
        joined: 0,
        notModified: 0,
        lastAt: 0,
      };
      this.cycles[Math.max(0, index)] = tally;
      const created = delta(INGEST_COUNTERS.created);
      const joined = delta(INGEST_COUNTERS.joined);
      tally.feeds += total - this.#total;
      tally.items += created + joined;
      tally.created += created;
      tally.joined += joined;
      tally.notModified += delta("polls:not-modified");
      tally.lastAt = Date.now();
    }
    for (const reason of POLL_ERROR_REASONS) {
      const failed = count(hash, `poll_errors:${reason}`);
      if (failed > 0) this.failures.set(reason, failed);
    }
    this.#total = total;
    this.#last = hash;
  }
}
