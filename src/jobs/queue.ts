import { type ConnectionOptions, type Job, Queue } from "bullmq";

export const QUEUE_NAME = "polls";
export const POLL_JOB = "poll";
export const RETENTION_JOB = "retention";
export const RETENTION_SCHEDULER = "maintenance:retention";

export interface PollJobData {
  feedId: string;
  /**
   * Asked for now (by an admin, or because the feed's entry changed): polled whatever the
   * feed's rest, which a scheduled tick honours.
   */
  now?: boolean;
}

/**
 * How many finished jobs a queue keeps for inspection, and how long: enough to see what just
 * happened, and why recent jobs failed, without the history growing without bound.
 */
export const FINISHED_JOBS_KEPT = {
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000, age: 7 * 86_400 },
} as const;

/**
 * Options shared by every poll, queued or scheduled: a transient failure is retried a few
 * times with jittered exponential backoff (so a flapping host is not hit in lockstep).
 */
export const POLL_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000, jitter: 0.5 },
  ...FINISHED_JOBS_KEPT,
} as const;

/** The wait before attempt `tries + 1` of a scheduled poll, as BullMQ spaces a queued poll's attempts. */
export function retryDelayMs(tries: number, random = Math.random): number {
  const { delay, jitter } = POLL_JOB_OPTIONS.backoff;
  const full = delay * 2 ** (tries - 1);
  return Math.round(full * (1 - jitter * random()));
}

/**
 * Queues one poll of the feed that runs at once, whatever its rest. Asking again before it
 * ran returns the job already queued rather than a second one.
 */
export function queuePollNow(queue: Queue<PollJobData>, feedId: string): Promise<Job<PollJobData>> {
  return queue.add(
    POLL_JOB,
    { feedId, now: true },
    { ...POLL_JOB_OPTIONS, deduplication: { id: `poll-now:${feedId}` } },
  );
}

export function createQueue(connection: ConnectionOptions, prefix: string): Queue<PollJobData> {
  return new Queue<PollJobData>(QUEUE_NAME, { connection, prefix });
}
