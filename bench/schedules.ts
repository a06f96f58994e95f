import { Queue } from "bullmq";
import { dueKeys } from "../src/jobs/due-feeds.ts";
import type { PollJobData } from "../src/jobs/queue.ts";
import { validateConfig } from "../src/setup/load-config.ts";
import { connectRedis } from "../src/store/redis.ts";
import { reconcileSchedules } from "../workers/scheduler.ts";
import { benchConfig } from "./lib/bench-config.ts";
import { figure } from "./lib/figure.ts";
import { redisInfo, startPrivateRedis } from "./lib/redis-server.ts";

const BENCH = "schedules";
const PREFIX = "{bench}";

/**
 * Issue 7, figure 3, since issue 15: `feeds` feeds put in the due-time set by the worker's own
 * reconcile, how long that took and the Redis memory each scheduled feed takes.
 */
export async function benchSchedules(options: { quick: boolean }) {
  const feeds = options.quick ? 1000 : 10_000;
  const server = await startPrivateRedis();
  const redis = connectRedis(server.url);
  const polls = new Queue<PollJobData>("polls", { connection: connectRedis(server.url), prefix: PREFIX });
  try {
    const empty = (await redisInfo(redis)).usedMemory;
    const started = Date.now();
    const config = validateConfig(benchConfig(feeds, "http://127.0.0.1:9"), "bench");
    await reconcileSchedules(redis, dueKeys(PREFIX), polls, config);
    const seconds = (Date.now() - started) / 1000;
    const perFeed = ((await redisInfo(redis)).usedMemory - empty) / feeds;
    return [
      figure(BENCH, `Redis memory per scheduled feed, ${feeds} feeds`, perFeed, "B", {
        note: `reconcile of ${feeds} feeds took ${seconds.toFixed(2)} s; the retention job scheduler included`,
      }),
    ];
  } finally {
    await polls.close();
    redis.disconnect();
    await server.stop();
  }
}
