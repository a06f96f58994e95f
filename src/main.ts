import { startWorker } from "../workers/worker.ts";
import { startApi } from "./api/server.ts";
import { EnvError, readEnv } from "./env.ts";
import { createLogger } from "./log.ts";
import { ensureRedis, RedisUnavailableError } from "./runtime/ensure-redis.ts";
import { closeInOrder, SHUTDOWN_STEP_MS } from "./runtime/shutdown.ts";
import { ConfigError, loadConfig } from "./setup/load-config.ts";

type Role = "all" | "api" | "worker";

/** Entry point of `npm start` (both roles), `npm run api` and `npm run worker`. */
async function main(role: Role): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const config = await loadConfig(env.SITREP_CONFIG);
  const redis = await ensureRedis(env.REDIS_URL);
  if (redis.child)
    log.info({ url: redis.url }, "started an embedded redis-server with its data under ./data");
  const options = { redisUrl: redis.url, prefix: env.SITREP_PREFIX, log };
  const worker = role === "api" ? null : await startWorker(config, options);
  const api =
    role === "worker"
      ? null
      : await startApi(config, {
          ...options,
          host: env.HOST,
          port: env.PORT,
          publicUrl: env.PUBLIC_URL ?? null,
          publicHosts: env.PUBLIC_HOSTS,
          adminToken: env.ADMIN_TOKEN ?? null,
        });

  process.on("SIGHUP", () => {
    loadConfig(env.SITREP_CONFIG)
      .then(async (next) => {
        api?.reload(next);
        await worker?.reload(next);
      })
      .catch((error: Error) => log.error({ err: error }, "config reload failed; keeping the running config"));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const clean = await closeInOrder(
      [
        { name: "api", close: async () => api?.close() },
        { name: "worker", close: async () => worker?.close() },
        { name: "embedded redis-server", close: () => redis.stop() },
      ],
      // A backstop: the worker's close is four steps each bounded by SHUTDOWN_STEP_MS, so
      // this catches only a role whose close hangs anyway.
      { timeoutMs: 5 * SHUTDOWN_STEP_MS, log },
    );
    log.info({ clean }, "stopped");
    process.exit(clean ? 0 : 1);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

const role = (process.argv[2] ?? "all") as Role;
if (!["all", "api", "worker"].includes(role)) {
  console.error(`usage: tsx src/main.ts [api|worker]  (got "${role}")`);
  process.exit(2);
}
main(role).catch((error: Error) => {
  const expected =
    error instanceof ConfigError || error instanceof EnvError || error instanceof RedisUnavailableError;
  console.error(expected ? error.message : error);
  process.exit(1);
});
