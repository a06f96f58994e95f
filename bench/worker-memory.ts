import { Queue } from "bullmq";
import { POLL_JOB, type PollJobData, QUEUE_NAME } from "../src/jobs/queue.ts";
import { benchConfig } from "./lib/bench-config.ts";
import { figure } from "./lib/figure.ts";
import { rssBytes } from "./lib/proc.ts";
import { bullConnection, startPrivateRedis } from "./lib/redis-server.ts";
import { spawnWorker, writeConfig } from "./lib/worker-process.ts";
import { startMemoryFixture } from "./poll/fixture-process.ts";
import { PollProgress } from "./poll/progress.ts";

const PREFIX = "{bench}";
const FEEDS = 100;
const MB = 2 ** 20;

/**
 * Issue 7, figure 6: the worker's RSS after 1,000 and after 10,000 polls. The feeds send no
 * ETag, so every poll downloads, parses, tags and stores its 20 items again; the first poll of
 * each feed comes from its scheduler, the rest are poll jobs put on the same queue by hand.
 */
export async function benchWorkerMemory(options: { quick: boolean }) {
  const polls = options.quick ? 3000 : 10_000;
  const early = polls / 10;
  const redis = await startPrivateRedis();
  const fixture = await startMemoryFixture(FEEDS);
  const progress = new PollProgress(redis.url, PREFIX);
  const queue = new Queue<PollJobData>(QUEUE_NAME, { connection: bullConnection(redis.url), prefix: PREFIX });
  const worker = spawnWorker({
    configPath: writeConfig(benchConfig(FEEDS, fixture.url)),
    redisUrl: redis.url,
    prefix: PREFIX,
  });
  try {
    await worker.reconciled;
    const jobs = Array.from({ length: polls - FEEDS }, (_, index) => ({
      name: POLL_JOB,
      data: { feedId: `f${index % FEEDS}` },
      opts: { removeOnComplete: true, removeOnFail: true },
    }));
    for (let start = 0; start < jobs.length; start += 1000)
      await queue.addBulk(jobs.slice(start, start + 1000));
    await progress.reached(early);
    const afterEarly = rssBytes(worker.pid);
    const started = Date.now();
    await progress.reached(polls);
    const seconds = (Date.now() - started) / 1000;
    return [
      figure("worker memory", `RSS after ${polls} polls`, rssBytes(worker.pid) / MB, "MB", {
        reference: { name: `after ${early}`, value: afterEarly / MB, unit: "MB" },
        goal: "≤ 1.1",
        note: `${FEEDS} feeds re-polled without ETags: ${Math.round((polls - early) / seconds)} polls/s in between`,
      }),
    ];
  } finally {
    await worker.stop();
    await queue.close();
    await progress.close();
    await fixture.stop();
    await redis.stop();
  }
}
