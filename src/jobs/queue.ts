import { type ConnectionOptions, Queue } from "bullmq";

export const QUEUE_NAME = "polls";
export const POLL_JOB = "poll";
export const RETENTION_JOB = "retention";
export const RETENTION_SCHEDULER = "maintenance:retention";

export interface PollJobData {
  feedId: string;
}

export const feedScheduler = (feedId: string) => `feed:${feedId}`;

/**
 * Job options shared by every scheduled poll: a transient failure is retried a few
 * times with jittered exponential backoff (so a flapping host is not hit in lockstep),
 * and finished jobs are kept only in bounded numbers.
 */
export const POLL_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000, jitter: 0.5 },
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000, age: 7 * 86_400 },
} as const;

export function createQueue(connection: ConnectionOptions, prefix: string): Queue<PollJobData> {
  return new Queue<PollJobData>(QUEUE_NAME, { connection, prefix });
}
