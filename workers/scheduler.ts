import type { Queue } from "bullmq";
import {
  feedScheduler,
  POLL_JOB,
  POLL_JOB_OPTIONS,
  type PollJobData,
  RETENTION_JOB,
  RETENTION_SCHEDULER,
} from "../src/jobs/queue.ts";
import type { Config } from "../src/setup/config-schema.ts";

const RETENTION_EVERY_MS = 10 * 60_000;
/**
 * Schedulers changed at once: one at a time, 10,000 feeds would take 10,000 round trips before
 * the first poll; all at once would hold every reply in memory. Each change is one script, atomic.
 */
const BATCH = 500;

async function inBatches<T>(items: T[], change: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    await Promise.all(items.slice(start, start + BATCH).map(change));
  }
}

export interface ReconcileResult {
  upserted: string[];
  removed: string[];
}

/**
 * Makes the queue's job schedulers match the config: one per feed at its interval, plus
 * the retention sweep; schedulers of feeds no longer configured are removed, so no
 * orphan keeps polling. Upserting is idempotent, so every worker may run this at start.
 */
export async function reconcileSchedules(
  queue: Queue<PollJobData>,
  config: Config,
): Promise<ReconcileResult> {
  const wanted = new Map(config.feeds.map((feed) => [feedScheduler(feed.id), feed]));
  const existing = await queue.getJobSchedulers(0, -1);
  const removed = existing
    .map((scheduler) => scheduler.key)
    .filter((id) => id !== RETENTION_SCHEDULER && !wanted.has(id));
  await inBatches(removed, (id) => queue.removeJobScheduler(id));
  await inBatches([...wanted], ([id, feed]) =>
    queue.upsertJobScheduler(
      id,
      { every: feed.interval ?? config.defaultInterval },
      { name: POLL_JOB, data: { feedId: feed.id }, opts: POLL_JOB_OPTIONS },
    ),
  );
  await queue.upsertJobScheduler(
    RETENTION_SCHEDULER,
    { every: RETENTION_EVERY_MS },
    { name: RETENTION_JOB, data: { feedId: "" }, opts: { removeOnComplete: 10, removeOnFail: 100 } },
  );
  return { upserted: [...wanted.keys()], removed };
}
