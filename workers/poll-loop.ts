import { UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import { claimDue, type DueKeys, renewLeases, type Settled, settleDue } from "../src/jobs/due-feeds.ts";
import { POLL_JOB_OPTIONS, retryDelayMs } from "../src/jobs/queue.ts";
import type { Logger } from "../src/log.ts";

/** Longest nap when nothing is due: how soon feeds another worker's reconcile added are seen. */
const IDLE_MS = 1000;

export interface PollLoopOptions {
  redis: Redis;
  keys: DueKeys;
  log: Logger;
  /** How long a claimed feed stays leased without renewal; renewed every third of it while polled. */
  leaseMs: number;
  /** Polls at once: read at every claim, so a reload applies without a restart. */
  concurrency(): number;
  intervalOf(feedId: string): number;
  /** One poll; throws when it failed, with BullMQ's UnrecoverableError when trying again is pointless. */
  poll(feedId: string, isRetry: boolean): Promise<unknown>;
}

/**
 * Claims due feeds from the schedule (src/jobs/due-feeds.ts) and polls them, up to the
 * concurrency at once. Claims are batched: the loop claims once a quarter of its slots are
 * free, and the next due times of the feeds polled since are written in one command before
 * each claim. A tick that fails transiently is tried again as BullMQ would (POLL_JOB_OPTIONS),
 * counting its attempts in the schedule so that another worker can take the retry over.
 */
export class PollLoop {
  readonly #options: PollLoopOptions;
  readonly #active = new Map<string, Promise<void>>();
  /** Each feed in hand and the end of its lease, as claimed or last renewed. */
  readonly #leases = new Map<string, number>();
  #settled: Settled[] = [];
  #stopped = false;
  #wake: (() => void) | null = null;
  /** Redis's clock minus this process's, from the last claim: leases are renewed on Redis's clock. */
  #skew = 0;
  readonly #renewal: NodeJS.Timeout;
  readonly #running: Promise<void>;

  constructor(options: PollLoopOptions) {
    this.#options = options;
    this.#renewal = setInterval(() => void this.#renew(), options.leaseMs / 3);
    this.#running = this.#run();
  }

  /** Feeds being polled now. */
  get active(): number {
    return this.#active.size;
  }

  /**
   * Stops claiming; unless `force`d (Redis unreachable: their writes could not land), waits for
   * the polls in hand and writes their next due times. Feeds given up on come back to some
   * worker when their lease runs out.
   */
  async close(force: boolean): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#renewal);
    this.#wake?.();
    await this.#running;
    if (force) return;
    await Promise.all(this.#active.values());
    await this.#flush();
  }

  async #run(): Promise<void> {
    const { redis, keys, log, leaseMs } = this.#options;
    while (!this.#stopped) {
      const concurrency = this.#options.concurrency();
      const free = concurrency - this.#active.size;
      if (free < Math.max(1, Math.floor(concurrency / 4))) {
        await this.#nap(IDLE_MS);
        continue;
      }
      try {
        await this.#flush();
        const claimed = await claimDue(redis, keys, free, leaseMs);
        this.#skew = claimed.now - Date.now();
        for (const feed of claimed.feeds) {
          this.#leases.set(feed.id, claimed.now + leaseMs);
          this.#start(feed.id, feed.tries, claimed.now);
        }
        if (claimed.feeds.length === 0) {
          const untilDue = claimed.nextDue === null ? IDLE_MS : claimed.nextDue - claimed.now;
          await this.#nap(Math.max(0, Math.min(IDLE_MS, untilDue)));
        }
      } catch (error) {
        log.warn({ err: error }, "could not claim due feeds");
        await this.#nap(IDLE_MS);
      }
    }
  }

  #start(feedId: string, tries: number, claimedAt: number): void {
    const started = Date.now();
    const { poll, intervalOf, log } = this.#options;
    const run = poll(feedId, tries > 0).then(
      () => 0,
      (error: unknown) => {
        log.debug({ feedId, err: error }, "poll failed");
        const retry = !(error instanceof UnrecoverableError) && tries + 1 < POLL_JOB_OPTIONS.attempts;
        return retry ? tries + 1 : 0;
      },
    );
    const settled = run.then((next) => {
      // Ticks keep their cadence from the claim; a retry waits its backoff from the failure.
      const dueAt =
        next > 0 ? claimedAt + (Date.now() - started) + retryDelayMs(next) : claimedAt + intervalOf(feedId);
      const leasedUntil = this.#leases.get(feedId) ?? 0;
      this.#settled.push({ id: feedId, leasedUntil, dueAt, tries: next, wasRetrying: tries > 0 });
      this.#active.delete(feedId);
      this.#leases.delete(feedId);
      this.#wake?.();
    });
    this.#active.set(feedId, settled);
  }

  /** Resolves after `ms`, or sooner when a poll ends or the loop is closed. */
  #nap(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const wake = () => done();
      this.#wake = wake;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).finally(() => {
      this.#wake = null;
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#settled;
    this.#settled = [];
    try {
      await settleDue(this.#options.redis, this.#options.keys, batch);
    } catch (error) {
      // Kept for the next write; meanwhile the lease holds the feeds back, or hands them on.
      this.#settled = [...batch, ...this.#settled];
      throw error;
    }
  }

  /** Keeps the leases of long polls from running out, and writes due times while no claim does. */
  async #renew(): Promise<void> {
    const { redis, keys, leaseMs, log } = this.#options;
    try {
      await this.#flush();
      const until = Date.now() + this.#skew + leaseMs;
      const held = [...this.#leases.keys()];
      await renewLeases(redis, keys, held, until);
      for (const id of held) if (this.#leases.has(id)) this.#leases.set(id, until);
    } catch (error) {
      log.warn({ err: error }, "could not renew poll leases");
    }
  }
}
