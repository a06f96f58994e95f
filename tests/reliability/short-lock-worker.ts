import { readEnv } from "../../src/env.ts";
import { createLogger } from "../../src/log.ts";
import { loadConfig } from "../../src/setup/load-config.ts";
import { startWorker } from "../../workers/worker.ts";

/**
 * The worker role of src/main.ts with a two-second lease (and job lock), for the test that kills
 * a worker mid-poll: its feed is then polled again in seconds instead of the default 30.
 */
const env = readEnv();
if (!env.REDIS_URL) throw new Error("REDIS_URL must be set");
const worker = await startWorker(await loadConfig(env.SITREP_CONFIG), {
  redisUrl: env.REDIS_URL,
  prefix: env.SITREP_PREFIX,
  log: createLogger(env.LOG_LEVEL),
  lockDurationMs: 2000,
});
process.once("SIGTERM", () => {
  void worker.close().then(() => process.exit(0));
});
