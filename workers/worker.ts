import { type Job, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ProcessingConfig } from "../src/config/feeds.ts";
import { SharedStoryIndex } from "../src/dedup/shared-index.ts";
import { DEFAULT_USER_AGENT, type FetchLimits } from "../src/fetch/fetcher.ts";
import { HostLimiter } from "../src/fetch/host-limiter.ts";
import { ProcessingThreads } from "../src/ingest/feed-processor.ts";
import { processFeed } from "../src/ingest/process-feed.ts";
import { retagStories } from "../src/ingest/retag-stories.ts";
import { dueKeys } from "../src/jobs/due-feeds.ts";
import { CHANGES_JOB, createPushQueue, INTERNAL_JOB_OPTIONS } from "../src/jobs/push-queue.ts";
import { createQueue, POLL_JOB, type PollJobData, QUEUE_NAME, RETENTION_JOB } from "../src/jobs/queue.ts";
import type { Logger } from "../src/log.ts";
import { recordPoll, recordPollFailure } from "../src/metrics/counters.ts";
import { closeConnection, closeInOrder, SHUTDOWN_STEP_MS } from "../src/runtime/shutdown.ts";
import type { Config } from "../src/setup/config-schema.ts";
import { recordReach } from "../src/signals/reachability.ts";
import { pushKeys, storeKeys } from "../src/store/keys.ts";
import { connectRedis, FOR_BULLMQ } from "../src/store/redis.ts";
import { trimStories } from "../src/store/retention.ts";
import { createTagger } from "../src/tag/tagger.ts";
import { startChangedFeedsAfresh } from "./fresh-start.ts";
import { type PollDeps, pollFeed } from "./poll.ts";
import { PollLoop } from "./poll-loop.ts";
import { createPushDeps, startPushWorker } from "./push-worker.ts";
import { reconcileSchedules } from "./scheduler.ts";

/** Stories re-tagged a second after a reload changed the tagging rules: well below a poll's writes. */
export const RETAG_PER_SECOND = 200;

export interface WorkerOptions {
  redisUrl: string;
  prefix: string;
  log: Logger;
  now?: () => Date;
  /**
   * How long a claimed feed's lease and a queued job's lock hold without renewal (and how often
   * stalled jobs are looked for): a feed or job whose worker died is polled again within about
   * this (twice this for a job). 30 s, BullMQ's default, unless set.
   */
  lockDurationMs?: number;
}

export interface WorkerRuntime {
  /** Applies a new config: swaps the pipeline's settings and reconciles the schedules. */
  reload(config: Config): Promise<void>;
  /**
   * Lets running jobs finish, then closes the worker, the queue and the Redis connections, in
   * that order, each step bounded (SHUTDOWN_STEP_MS) so that it resolves with Redis down too.
   * With Redis unreachable, running jobs are not waited for: their writes could not land, and
   * BullMQ hands them to a worker again once their lock expires.
   */
  close(): Promise<void>;
}

export function fetchLimits(config: Config): FetchLimits {
  return {
    timeoutMs: config.fetch.timeout,
    connectTimeoutMs: config.fetch.connectTimeout,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    userAgent: config.fetch.userAgent ?? DEFAULT_USER_AGENT,
    allowPrivateHosts: config.allowPrivateHosts,
  };
}

/**
 * Everything a poll needs, derived from one config; rebuilt whole when the config changes.
 * Without `threads` (a test or tool polling a feed once) documents are processed on the calling
 * thread, with no budget. The dedup index of the `previous` deps, already caught up with the
 * log, is kept when the dedup window stays the same.
 */
export function createPollDeps(
  config: Config,
  io: {
    redis: Redis;
    prefix: string;
    log: Logger;
    now?: () => Date;
    threads?: ProcessingThreads;
    previous?: PollDeps;
  },
): PollDeps {
  const tag = createTagger(config.tagging);
  const { threads } = io;
  return {
    redis: io.redis,
    keys: storeKeys(io.prefix),
    config,
    feeds: new Map(config.feeds.map((feed) => [feed.id, feed])),
    limits: fetchLimits(config),
    hosts: new HostLimiter(config.fetch.perHostConcurrency),
    tag,
    process: threads
      ? (document) => threads.process(document, config.tagging, config.processing.budget)
      : (document) => processFeed(document, tag),
    indexes: {
      stories:
        io.previous?.config.dedupWindow === config.dedupWindow
          ? io.previous.indexes.stories
          : new SharedStoryIndex(io.redis, { prefix: io.prefix, windowMs: config.dedupWindow }),
    },
    log: io.log,
    now: io.now ?? (() => new Date()),
  };
}

function startThreads(config: Config, log: Logger): ProcessingThreads {
  const threads = new ProcessingThreads(config.processing, config.tagging);
  threads.ready.then((ms) =>
    log.info({ ms: Math.round(ms), budget: config.processing.budget }, "processing threads ready"),
  );
  return threads;
}

/** Whether a reload can keep the running threads: the budget is read per job, the rest at start. */
function sameThreads(running: ProcessingConfig, next: ProcessingConfig): boolean {
  return running.threads === next.threads && running.memory === next.memory;
}

export async function startWorker(initial: Config, options: WorkerOptions): Promise<WorkerRuntime> {
  const { log, prefix } = options;
  const redis = connectRedis(options.redisUrl);
  redis.on("error", (error) => log.warn({ err: error }, "redis error (worker)"));
  const keys = storeKeys(prefix);
  const bullConnection = connectRedis(options.redisUrl, FOR_BULLMQ);
  const queue = createQueue(bullConnection, prefix);
  queue.on("error", (error) => log.error({ err: error }, "queue error"));

  const pushQueue = createPushQueue(bullConnection, prefix);
  pushQueue.on("error", (error) => log.error({ err: error }, "push queue error"));
  const push = pushKeys(prefix);

  let threads = startThreads(initial, log);
  const depsFor = (config: Config, previous?: PollDeps) =>
    createPollDeps(config, { redis, prefix, log, now: options.now, threads, previous });
  const pushDepsFor = (config: Config) =>
    createPushDeps(config, fetchLimits(config), { redis, prefix, queue: pushQueue, log, now: options.now });
  let deps = depsFor(initial);

  // Stories already stored are tagged again when the rules change, in the background and at a
  // bounded rate; a newer reload stops the older run and starts over with its own rules.
  let retagging: AbortController | undefined;
  const retag = (config: Config) => {
    retagging?.abort();
    const run = new AbortController();
    retagging = run;
    const options = { perSecond: RETAG_PER_SECOND, signal: run.signal };
    retagStories(redis, keys, deps.tag, config.feeds, options).then(
      (result) =>
        log.info(result, run.signal.aborted ? "re-tagging stopped for a newer reload" : "stories re-tagged"),
      (error: unknown) => log.warn({ err: error }, "re-tagging failed"),
    );
  };

  // Metrics follow each attempt (a retried poll counts once per attempt); a lost metrics
  // write must not fail, and so retry, a poll that did its work.
  const counted = (write: Promise<void>) =>
    write.catch((error: unknown) => log.warn({ err: error }, "could not record poll metrics"));

  // Like the metrics, what a poll means for signals and subscribers must not fail the poll: the
  // push queue takes the changes, and the poll goes on whether or not it could.
  const aside = (what: string, write: Promise<unknown>) =>
    write.catch((error: unknown) => log.warn({ err: error }, `could not record ${what}`));

  // One poll with everything it records, for a scheduled tick and a queued poll alike.
  const poll = async (feedId: string, isRetry: boolean, askedNow: boolean) => {
    const outcome = await pollFeed(deps, feedId, isRetry, askedNow).catch(async (error: unknown) => {
      await counted(recordPollFailure(redis, keys, error));
      await aside("the feed's reach", recordReach(redis, push, feedId, error, deps.now()));
      throw error;
    });
    await counted(recordPoll(redis, keys, outcome));
    if (outcome.kind === "skipped") return outcome;
    await aside("the feed's reach", recordReach(redis, push, feedId, null, deps.now()));
    if (outcome.kind !== "stored") return outcome;
    const { changes, ...counts } = outcome;
    if (changes.length > 0) {
      await aside("story changes", pushQueue.add(CHANGES_JOB, { changes }, INTERNAL_JOB_OPTIONS));
    }
    log.debug({ feedId, outcome: counts }, "poll done");
    return counts;
  };

  // Queued polls (asked for now, or started afresh) and the retention sweep are BullMQ jobs.
  const processor = async (job: Job<PollJobData>) => {
    if (job.name === RETENTION_JOB) {
      const cutoff = new Date(deps.now().getTime() - deps.config.retention);
      return { trimmed: await trimStories(redis, keys, cutoff) };
    }
    if (job.name !== POLL_JOB) throw new Error(`unknown job ${job.name}`);
    return poll(job.data.feedId, job.attemptsMade > 0, job.data.now === true);
  };

  // The dedup log is replayed before the first job: a worker decides from every open story.
  await deps.indexes.stories.catchUp();
  const leaseMs = options.lockDurationMs ?? 30_000;
  const worker = new Worker<PollJobData>(QUEUE_NAME, processor, {
    connection: bullConnection,
    prefix,
    concurrency: initial.fetch.concurrency,
    lockDuration: leaseMs,
    stalledInterval: leaseMs,
  });
  worker.on("error", (error) => log.error({ err: error }, "worker error"));
  worker.on("failed", (job, error) => log.debug({ feedId: job?.data.feedId, err: error }, "job failed"));
  const pushWorker = await startPushWorker(pushDepsFor(initial), {
    connection: bullConnection,
    prefix,
    log,
  });

  const due = dueKeys(prefix);
  const reconcile = (config: Config) => reconcileSchedules(redis, due, queue, config);
  const reconciled = await reconcile(initial);
  const afresh = await startChangedFeedsAfresh(redis, keys, queue, initial.feeds);
  log.info(
    { feeds: reconciled.upserted.length, removed: reconciled.removed, afresh },
    "schedules reconciled",
  );
  const loop = new PollLoop({
    redis,
    keys: due,
    log,
    leaseMs,
    concurrency: () => deps.config.fetch.concurrency,
    intervalOf: (feedId) => deps.feeds.get(feedId)?.interval ?? deps.config.defaultInterval,
    poll: (feedId, isRetry) => poll(feedId, isRetry, false),
  });
  // A Redis that comes back empty (restarted without persistence, or failed over to a blank
  // replica) has lost the schedules, and nothing would poll again; reconciling is idempotent,
  // so they are put back after every reconnect.
  bullConnection.on("ready", () => {
    reconcile(deps.config).then(
      (result) => log.warn({ feeds: result.upserted.length }, "schedules reconciled after a Redis reconnect"),
      (error: Error) => log.error({ err: error }, "could not reconcile schedules after a Redis reconnect"),
    );
  });

  return {
    async reload(config) {
      const rulesChanged = JSON.stringify(config.tagging) !== JSON.stringify(deps.config.tagging);
      if (!sameThreads(threads.settings, config.processing)) {
        // Jobs already handed to the old threads finish there; new ones go to the new threads.
        const old = threads;
        threads = startThreads(config, log);
        old
          .close()
          .catch((error: unknown) => log.warn({ err: error }, "could not stop old processing threads"));
      }
      deps = depsFor(config, deps);
      if (rulesChanged) retag(config);
      worker.concurrency = config.fetch.concurrency;
      await pushWorker.reload(pushDepsFor(config));
      const result = await reconcile(config);
      const afresh = await startChangedFeedsAfresh(redis, keys, queue, config.feeds);
      log.info({ feeds: result.upserted.length, removed: result.removed, afresh }, "config reloaded");
    },
    async close() {
      retagging?.abort();
      // Waiting for running jobs takes Redis (BullMQ moves them to completed there); without
      // it that wait never ends, so an unreachable Redis means a forced close.
      const force = bullConnection.status !== "ready";
      await closeInOrder(
        [
          {
            name: "worker",
            close: async () =>
              void (await Promise.all([loop.close(force), worker.close(force), pushWorker.close(force)])),
          },
          // After the worker has closed no poll waits for them; after it was given up on, none would land.
          { name: "processing threads", close: () => threads.abandon() },
          { name: "queue", close: async () => void (await Promise.all([queue.close(), pushQueue.close()])) },
          closeConnection("bullmq connection", bullConnection),
          closeConnection("redis connection", redis),
        ],
        { timeoutMs: SHUTDOWN_STEP_MS, log },
      );
    },
  };
}
