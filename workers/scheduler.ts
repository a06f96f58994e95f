import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type DueKeys, reconcileDue } from "../src/jobs/due-feeds.ts";
import { type PollJobData, RETENTION_JOB, RETENTION_SCHEDULER } from "../src/jobs/queue.ts";
import type { Config } from "../src/setup/config-schema.ts";

const RETENTION_EVERY_MS = 10 * 60_000;

export interface ReconcileResult {
  upserted: string[];
  removed: string[];
}

/**
 * Makes the schedules match the config: every feed in the due-time set (src/jobs/due-feeds.ts),
 * feeds no longer configured out of it, so no orphan keeps polling, and the retention sweep as
 * BullMQ's one job scheduler. Any other job scheduler is one per feed left by a version that
 * scheduled polls with BullMQ, and is removed. Idempotent, so every worker runs this at start.
 */
export async function reconcileSchedules(
  redis: Redis,
  keys: DueKeys,
  queue: Queue<PollJobData>,
  config: Config,
): Promise<ReconcileResult> {
  const feedIds = config.feeds.map((feed) => feed.id);
  const removed = await reconcileDue(redis, keys, feedIds, Date.now());
  const legacy = (await queue.getJobSchedulers(0, -1))
    .map((scheduler) => scheduler.key)
    .filter((key) => key !== RETENTION_SCHEDULER);
  await Promise.all(legacy.map((key) => queue.removeJobScheduler(key)));
  await queue.upsertJobScheduler(
    RETENTION_SCHEDULER,
    { every: RETENTION_EVERY_MS },
    { name: RETENTION_JOB, data: { feedId: "" }, opts: { removeOnComplete: 10, removeOnFail: 100 } },
  );
  return { upserted: feedIds, removed };
}
