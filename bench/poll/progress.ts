import { QueueEvents } from "bullmq";
import { QUEUE_NAME } from "../../src/jobs/queue.ts";
import type { PollOutcome } from "../../workers/poll.ts";
import { bullConnection } from "../lib/redis-server.ts";

export interface CycleTally {
  /** Feeds whose n-th poll completed. */
  feeds: number;
  /** Items parsed in those polls. */
  items: number;
  created: number;
  joined: number;
  notModified: number;
  /** When the last of those polls completed, ms since the epoch. */
  lastAt: number;
}

const feedOf = (jobId: string) => /^repeat:feed:(.+):\d+$/.exec(jobId)?.[1] ?? null;

/**
 * Follows the queue's event stream (so it sees every worker process's polls) and tallies
 * completed polls per cycle: a feed's n-th completion belongs to cycle n.
 */
export class PollProgress {
  readonly cycles: CycleTally[] = [];
  readonly failures = new Map<string, number>();
  readonly #perFeed = new Map<string, number>();
  readonly #events: QueueEvents;
  readonly #waiters: { total: number; resolve: () => void }[] = [];
  #total = 0;

  constructor(redisUrl: string, prefix: string) {
    this.#events = new QueueEvents(QUEUE_NAME, { connection: bullConnection(redisUrl), prefix });
    this.#events.on("completed", ({ jobId, returnvalue }) => this.#completed(jobId, returnvalue));
    this.#events.on("failed", ({ failedReason }) => {
      this.failures.set(failedReason, (this.failures.get(failedReason) ?? 0) + 1);
    });
  }

  /** Resolves once the stream is read, so no event of a worker started after it is missed. */
  ready = () => this.#events.waitUntilReady();

  /** Resolves when `total` polls (all feeds, all cycles) have completed. */
  reached(total: number): Promise<void> {
    if (this.#total >= total) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ total, resolve }));
  }

  close = () => this.#events.close();

  /** Polls completed so far, all feeds and cycles. */
  get polls(): number {
    return this.#total;
  }

  #completed(jobId: string, value: unknown): void {
    if (jobId.startsWith("repeat:maintenance")) return;
    this.#count();
    const feed = feedOf(jobId);
    // One-off poll jobs (enqueued by hand) count as polls but belong to no cycle.
    if (feed === null) return;
    const nth = (this.#perFeed.get(feed) ?? 0) + 1;
    this.#perFeed.set(feed, nth);
    const outcome = value as PollOutcome;
    const tally = this.cycles[nth - 1] ?? {
      feeds: 0,
      items: 0,
      created: 0,
      joined: 0,
      notModified: 0,
      lastAt: 0,
    };
    this.cycles[nth - 1] = tally;
    tally.feeds += 1;
    tally.lastAt = Date.now();
    if (outcome.kind === "stored") {
      tally.items += outcome.items;
      tally.created += outcome.created;
      tally.joined += outcome.joined;
    } else if (outcome.kind === "not-modified") tally.notModified += 1;
  }

  #count(): void {
    this.#total += 1;
    for (let index = this.#waiters.length - 1; index >= 0; index--) {
      const waiter = this.#waiters[index];
      if (waiter && waiter.total <= this.#total) {
        this.#waiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }
}
