import { type ConnectionOptions, Queue } from "bullmq";
import type { StoryChange } from "../ingest/store-items.ts";
import { FINISHED_JOBS_KEPT } from "./queue.ts";

/**
 * The queue of everything sitrep pushes out: alerts, WebSub verifications and distributions, and
 * the silence checks. Its own queue, so a slow subscriber never holds up a feed poll.
 */
export const PUSH_QUEUE = "push";

/** Stories changed: match them against the alerts and let the hub look for updated topics. */
export const CHANGES_JOB = "changes";
export const ALERT_JOB = "alert";
export const VERIFY_JOB = "verify";
export const PUBLISH_JOB = "publish";
export const DISTRIBUTE_JOB = "distribute";
export const SILENCE_JOB = "silence";
export const SILENCE_SCHEDULER = "signals:silence";

export interface ChangesData {
  changes: StoryChange[];
}

export interface AlertData {
  alertId: string;
  event: "new" | "updated";
  storyId: string;
  /** The exact JSON sent, fixed when the event happened so every retry sends (and signs) the same bytes. */
  body: string;
}

export interface VerifyData {
  mode: "subscribe" | "unsubscribe";
  /** The canonical topic URL. */
  topic: string;
  /** The topic as the subscriber wrote it, echoed in the verification. */
  asked: string;
  /** The service's base URL the topic was read under. */
  base: string;
  callback: string;
  leaseSeconds: number;
  secret: string | null;
}

export interface DistributeData {
  topic: string;
  callback: string;
  /** Where the document to send waits (one copy for every subscriber of the topic). */
  documentKey: string;
  contentType: string;
}

export type PushJobData = ChangesData | AlertData | VerifyData | DistributeData | Record<string, never>;

/** Deliveries to subscribers: retried with jittered exponential backoff (10 s, 20 s, … about 5 min in all). */
export const DELIVERY_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: "exponential", delay: 10_000, jitter: 0.5 },
  ...FINISHED_JOBS_KEPT,
} as const;

/** Internal jobs (matching, publishing, checks): a few quick retries, little history. */
export const INTERNAL_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 1000 },
} as const;

export function createPushQueue(connection: ConnectionOptions, prefix: string): Queue<PushJobData> {
  return new Queue<PushJobData>(PUSH_QUEUE, { connection, prefix });
}
