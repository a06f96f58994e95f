import { type Job, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { RedisStoryIndex } from "../src/dedup/redis-index.ts";
import { DEFAULT_USER_AGENT, type FetchLimits } from "../src/fetch/fetcher.ts";
import { HostLimiter } from "../src/fetch/host-limiter.ts";
import { createQueue, POLL_JOB, type PollJobData, QUEUE_NAME, RETENTION_JOB } from "../src/jobs/queue.ts";
import type { Logger } from "../src/log.ts";
import { recordPoll, recordPollFailure } from "../src/metrics/counters.ts";
import { closeConnection, closeInOrder, SHUTDOWN_STEP_MS } from "../src/runtime/shutdown.ts";
import type { Config } from "../src/setup/config-schema.ts";
import { storeKeys } from "../src/store/keys.ts";
import { connectRedis, FOR_BULLMQ } from "../src/store/redis.ts";
import { trimStories } from "../src/store/retention.ts";
import { createTagger } from "../src/tag/tagger.ts";
import { type PollDeps, pollFeed } from "./poll.ts";
import { reconcileSchedules } from "./scheduler.ts";

export interface WorkerOptions {
  redisUrl: string;
  prefix: string;
  log: Logger;
  now?: () => Date;
  /**
   * How long a job's lock holds without renewal, and how often stalled jobs are looked for: so
   * a job whose worker died is run again within about twice this. BullMQ's default is 30 s.
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

/** Everything a poll needs, derived from one config; rebuilt whole when the config changes. */
export function createPollDeps(
  config: Config,
  io: { redis: Redis; prefix: string; log: Logger; now?: () => Date },
): PollDeps {
  return {
    redis: io.redis,
    keys: storeKeys(io.prefix),
    config,
    limits: fetchLimits(config),
    hosts: new HostLimiter(config.fetch.perHostConcurrency),
    tag: createTagger(config.tagging),
    index: new RedisStoryIndex(io.redis, { prefix: io.prefix, windowMs: config.dedupWindow }),
    log: io.log,
    now: io.now ?? (() => new Date()),
  };
}

export async function startWorker(initial: Config, options: WorkerOptions): Promise<WorkerRuntime> {
  const { log, prefix } = options;
  const redis = connectRedis(options.redisUrl);
  redis.on("error", (error) => log.warn({ err: error }, "redis error (worker)"));
  const keys = storeKeys(prefix);
  const bullConnection = connectRedis(options.redisUrl, FOR_BULLMQ);
  const queue = createQueue(bullConnection, prefix);
  queue.on("error", (error) => log.error({ err: error }, "queue error"));

  const depsFor = (config: Config) => createPollDeps(config, { redis, prefix, log, now: options.now });
  let deps = depsFor(initial);

  // Metrics follow each attempt (a retried poll counts once per attempt); a lost metrics
  // write must not fail, and so retry, a poll that did its work.
  const counted = (write: Promise<void>) =>
    write.catch((error: unknown) => log.warn({ err: error }, "could not record poll metrics"));

  const processor = async (job: Job<PollJobData>) => {
    if (job.name === RETENTION_JOB) {
      const cutoff = new Date(deps.now().getTime() - deps.config.retention);
      return { trimmed: await trimStories(redis, keys, cutoff) };
    }
    if (job.name !== POLL_JOB) throw new Error(`unknown job ${job.name}`);
    const outcome = await pollFeed(deps, job.data.feedId, job.attemptsMade > 0).catch(
      async (error: unknown) => {
        await counted(recordPollFailure(redis, keys, error));
        throw error;
      },
    );
    await counted(recordPoll(redis, keys, outcome));
    log.debug({ feedId: job.data.feedId, outcome }, "poll done");
    return outcome;
  };

  const worker = new Worker<PollJobData>(QUEUE_NAME, processor, {
    connection: bullConnection,
    prefix,
    concurrency: initial.fetch.concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.lockDurationMs ?? 30_000,
  });
  worker.on("error", (error) => log.error({ err: error }, "worker error"));
  worker.on("failed", (job, error) => log.debug({ feedId: job?.data.feedId, err: error }, "job failed"));

  const reconciled = await reconcileSchedules(queue, initial);
  log.info({ feeds: reconciled.upserted.length, removed: reconciled.removed }, "schedules reconciled");
  // A Redis that comes back empty (restarted without persistence, or failed over to a blank
  // replica) has lost the schedulers, and nothing would poll again; upserting is idempotent,
  // so they are put back after every reconnect.
  bullConnection.on("ready", () => {
    reconcileSchedules(queue, deps.config).then(
      (result) => log.warn({ feeds: result.upserted.length }, "schedules reconciled after a Redis reconnect"),
      (error: Error) => log.error({ err: error }, "could not reconcile schedules after a Redis reconnect"),
    );
  });

  return {
    async reload(config) {
      deps = depsFor(config);
      worker.concurrency = config.fetch.concurrency;
      const result = await reconcileSchedules(queue, config);
      log.info({ feeds: result.upserted.length, removed: result.removed }, "config reloaded");
    },
    async close() {
      // Waiting for running jobs takes Redis (BullMQ moves them to completed there); without
      // it that wait never ends, so an unreachable Redis means a forced close.
      const force = bullConnection.status !== "ready";
      await closeInOrder(
        [
          { name: "worker", close: () => worker.close(force) },
          { name: "queue", close: () => queue.close() },
          closeConnection("bullmq connection", bullConnection),
          closeConnection("redis connection", redis),
        ],
        { timeoutMs: SHUTDOWN_STEP_MS, log },
      );
    },
  };
}
