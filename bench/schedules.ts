import { type Job, Queue, Worker } from "bullmq";
import { POLL_JOB, POLL_JOB_OPTIONS, type PollJobData } from "../src/jobs/queue.ts";
import { validateConfig } from "../src/setup/load-config.ts";
import { connectRedis } from "../src/store/redis.ts";
import { reconcileSchedules } from "../workers/scheduler.ts";
import { benchConfig } from "./lib/bench-config.ts";
import { figure } from "./lib/figure.ts";
import { percentile } from "./lib/measure.ts";
import { bullConnection, redisInfo, startPrivateRedis } from "./lib/redis-server.ts";

const BENCH = "schedules";
const PREFIX = "{bench}";
const INTERVAL_MS = 60_000;

/** Start minus due time of jobs due after `from`, gathered by a worker that does nothing else. */
function slipRecorder(queueName: string, url: string, from: number) {
  const slips: number[] = [];
  const worker = new Worker(
    queueName,
    async (job: Job) => {
      const due = job.timestamp + (job.opts.delay ?? 0);
      if (due >= from) slips.push(Date.now() - due);
    },
    { connection: bullConnection(url), prefix: PREFIX, concurrency: 32 },
  );
  return { slips, worker };
}

async function until(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}

/**
 * Issue 7, figure 3: `feeds` job schedulers made by the worker's own reconcile, their
 * Redis memory and the slip of their second, timed run; plain delayed jobs due at the
 * same moment are the reference for both.
 */
export async function benchSchedules(options: { quick: boolean }) {
  const feeds = options.quick ? 1000 : 10_000;
  const server = await startPrivateRedis();
  const redis = connectRedis(server.url);
  const polls = new Queue<PollJobData>("polls", { connection: redis, prefix: PREFIX });
  const plain = new Queue<PollJobData>("plain", { connection: redis, prefix: PREFIX });
  const recorders: ReturnType<typeof slipRecorder>[] = [];
  try {
    const empty = (await redisInfo(redis)).usedMemory;
    const upsertStarted = Date.now();
    await reconcileSchedules(polls, validateConfig(benchConfig(feeds, "http://127.0.0.1:9"), "bench"));
    const upsertSeconds = (Date.now() - upsertStarted) / 1000;
    const withSchedulers = (await redisInfo(redis)).usedMemory;
    const jobs = Array.from({ length: feeds }, (_, index) => ({
      name: POLL_JOB,
      data: { feedId: `f${index}` },
      opts: {
        ...POLL_JOB_OPTIONS,
        delay: upsertStarted + INTERVAL_MS - Date.now() + (index * upsertSeconds * 1000) / feeds,
      },
    }));
    for (let start = 0; start < jobs.length; start += 1000)
      await plain.addBulk(jobs.slice(start, start + 1000));
    const withPlain = (await redisInfo(redis)).usedMemory;
    // Only runs due from here on count: the first runs of the schedulers were due at once.
    const from = Date.now();
    recorders.push(slipRecorder("polls", server.url, from), slipRecorder("plain", server.url, from));
    const [scheduled, reference] = recorders as [
      ReturnType<typeof slipRecorder>,
      ReturnType<typeof slipRecorder>,
    ];
    await until(
      () => scheduled.slips.length >= feeds && reference.slips.length >= feeds,
      from + 3 * INTERVAL_MS,
    );
    const p = (values: number[], at: number) => percentile(values, at);
    const perScheduler = (withSchedulers - empty) / feeds;
    const perPlain = (withPlain - withSchedulers) / feeds;
    return [
      figure(
        BENCH,
        `slip p50, ${scheduled.slips.length}/${feeds} schedulers every 1m`,
        p(scheduled.slips, 50),
        "ms",
        {
          reference: { name: "plain delayed job", value: p(reference.slips, 50), unit: "ms" },
        },
      ),
      figure(BENCH, "slip p95", p(scheduled.slips, 95), "ms", {
        reference: { name: "plain delayed job", value: p(reference.slips, 95), unit: "ms" },
        note: `p95 / interval = ${(p(scheduled.slips, 95) / INTERVAL_MS).toFixed(4)}`,
      }),
      figure(BENCH, "Redis memory per scheduler (with its pending job)", perScheduler, "B", {
        reference: { name: "plain delayed job", value: perPlain, unit: "B" },
        note: `reconcile of ${feeds} feeds took ${upsertSeconds.toFixed(1)} s`,
      }),
    ];
  } finally {
    for (const recorder of recorders) await recorder.worker.close();
    await polls.close();
    await plain.close();
    redis.disconnect();
    await server.stop();
  }
}
