import { type Job, type Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { deliverAlert } from "../src/alerts/deliver-alert.ts";
import { matchAlerts } from "../src/alerts/match-alerts.ts";
import type { StoryChange } from "../src/ingest/store-items.ts";
import {
  ALERT_JOB,
  type AlertData,
  CHANGES_JOB,
  type ChangesData,
  DELIVERY_JOB_OPTIONS,
  DISTRIBUTE_JOB,
  type DistributeData,
  INTERNAL_JOB_OPTIONS,
  PUBLISH_JOB,
  PUSH_QUEUE,
  type PushJobData,
  SILENCE_JOB,
  SILENCE_SCHEDULER,
  VERIFY_JOB,
  type VerifyData,
} from "../src/jobs/push-queue.ts";
import type { Logger } from "../src/log.ts";
import type { PushDeps } from "../src/push/push-deps.ts";
import type { PushLimits } from "../src/push/send.ts";
import type { Config } from "../src/setup/config-schema.ts";
import { checkSilence } from "../src/signals/check-silence.ts";
import { pushKeys, storeKeys } from "../src/store/keys.ts";
import { loadStories } from "../src/store/stories.ts";
import { distribute } from "../src/websub/distribute.ts";
import { publishUpdates } from "../src/websub/publish-updates.ts";
import { verifyIntent } from "../src/websub/verify-intent.ts";

/** A publish waits for one already running: retried every second for half a minute. */
const PUBLISH_JOB_OPTIONS = {
  ...INTERNAL_JOB_OPTIONS,
  attempts: 30,
  backoff: { type: "fixed", delay: 1000 },
};
const PUSH_CONCURRENCY = 8;

export function createPushDeps(
  config: Config,
  limits: PushLimits,
  io: { redis: Redis; prefix: string; queue: Queue<PushJobData>; log: Logger; now?: () => Date },
): PushDeps {
  return {
    redis: io.redis,
    store: storeKeys(io.prefix),
    keys: pushKeys(io.prefix),
    config,
    limits,
    queue: io.queue,
    log: io.log,
    now: io.now ?? (() => new Date()),
  };
}

/** Stories changed (by a poll or a signal): queue the alerts they fire and a look for updated hub topics. */
export async function announceChanges(deps: PushDeps, changes: StoryChange[]): Promise<number> {
  const { redis, keys, store } = deps;
  let alerts = 0;
  if (deps.config.alerts.length > 0) {
    const ids = [...new Set(changes.map((change) => change.storyId))];
    const stories = new Map((await loadStories(redis, store, ids)).map((story) => [story.id, story]));
    const deliveries = await matchAlerts(redis, keys, deps.config, stories, changes, deps.now());
    await deps.queue.addBulk(
      deliveries.map((data) => ({ name: ALERT_JOB, data, opts: DELIVERY_JOB_OPTIONS })),
    );
    alerts = deliveries.length;
  }
  if ((await redis.hlen(keys.hubTopics)) > 0) {
    // One publish per store version: changes that land together are published together.
    const version = (await redis.get(store.version)) ?? "0";
    await deps.queue.add(PUBLISH_JOB, {}, { ...PUBLISH_JOB_OPTIONS, jobId: `publish-${version}` });
  }
  return alerts;
}

async function runPushJob(deps: PushDeps, job: Job<PushJobData>): Promise<unknown> {
  switch (job.name) {
    case CHANGES_JOB:
      return { alerts: await announceChanges(deps, (job.data as ChangesData).changes) };
    case ALERT_JOB:
      return deliverAlert(deps.redis, deps.keys, deps.config, deps.limits, job.data as AlertData, deps.now);
    case VERIFY_JOB:
      return verifyIntent(deps, job.data as VerifyData);
    case PUBLISH_JOB:
      return { updated: await publishUpdates(deps) };
    case DISTRIBUTE_JOB:
      return distribute(deps, job.data as DistributeData);
    case SILENCE_JOB: {
      const changes = await checkSilence(deps);
      if (changes.length > 0) await announceChanges(deps, changes);
      return { signals: changes.length };
    }
    default:
      throw new Error(`unknown push job ${job.name}`);
  }
}

/** How often silence is looked for: often enough to notice it soon after `after`, at most once a minute. */
export const silenceCheckEvery = (afterMs: number) =>
  Math.min(60_000, Math.max(250, Math.floor(afterMs / 4)));

async function scheduleSilenceChecks(queue: Queue<PushJobData>, config: Config): Promise<void> {
  const silence = config.signals.silence;
  if (!silence) {
    await queue.removeJobScheduler(SILENCE_SCHEDULER);
    return;
  }
  await queue.upsertJobScheduler(
    SILENCE_SCHEDULER,
    { every: silenceCheckEvery(silence.after) },
    { name: SILENCE_JOB, data: {}, opts: { removeOnComplete: 10, removeOnFail: 100 } },
  );
}

export interface PushWorker {
  reload(deps: PushDeps): Promise<void>;
  close(force: boolean): Promise<void>;
}

/** Runs the push queue's jobs in this worker process, beside the polls. */
export async function startPushWorker(
  initial: PushDeps,
  options: { connection: Redis; prefix: string; log: Logger },
): Promise<PushWorker> {
  let deps = initial;
  const worker = new Worker<PushJobData>(PUSH_QUEUE, (job) => runPushJob(deps, job), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: PUSH_CONCURRENCY,
  });
  worker.on("error", (error) => options.log.error({ err: error }, "push worker error"));
  worker.on("failed", (job, error) =>
    options.log.warn({ job: job?.name, attempts: job?.attemptsMade, err: error }, "push job failed"),
  );
  await scheduleSilenceChecks(deps.queue, deps.config);
  return {
    async reload(next) {
      deps = next;
      await scheduleSilenceChecks(deps.queue, deps.config);
    },
    close: (force) => worker.close(force),
  };
}
