import { startWorker } from "../workers/worker.ts";
import { startApi } from "./api/server.ts";
import { EnvError, readEnv } from "./env.ts";
import { createLogger } from "./log.ts";
import { ensureRedis, RedisUnavailableError } from "./runtime/ensure-redis.ts";
import { onParentExit } from "./runtime/parent.ts";
import { assertPortFree, PortInUseError } from "./runtime/port.ts";
import { closeInOrder, SHUTDOWN_STEP_MS } from "./runtime/shutdown.ts";
import { ConfigError, configWarnings, loadConfig } from "./setup/load-config.ts";

type Role = "all" | "api" | "worker";

/** Entry point of `npm start` (both roles), `npm run api` and `npm run worker`. */
async function main(role: Role): Promise<void> {
  const env = readEnv();
  const format = env.LOG_FORMAT === "auto" ? (process.stdout.isTTY ? "pretty" : "json") : env.LOG_FORMAT;
  const log = createLogger(env.LOG_LEVEL, format);
  const config = await loadConfig(env.SITREP_CONFIG);
  for (const warning of configWarnings(config)) log.warn({ config: env.SITREP_CONFIG }, warning);
  // Before anything touches Redis: a second sitrep must not reconcile schedules and then crash.
  if (role !== "worker") await assertPortFree(env.HOST, env.PORT);
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
          trustedProxies: env.TRUST_PROXY,
          adminToken: env.ADMIN_TOKEN ?? null,
        });

  process.on("SIGHUP", () => {
    loadConfig(env.SITREP_CONFIG)
      .then(async (next) => {
        api?.reload(next);
        await worker?.reload(next);
      })
      .catch((error: Error) => {
        // One entry per problem, so JSON keeps them apart and a terminal shows them as a list.
        const problems =
          error instanceof ConfigError && error.problems.length > 0 ? error.problems : [error.message];
        log.error(
          { config: env.SITREP_CONFIG, problems },
          "config reload failed; keeping the running config",
        );
      });
  });

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, "shutting down");
    const clean = await closeInOrder(
      [
        { name: "api", close: async () => api?.close() },
        { name: "worker", close: async () => worker?.close() },
        { name: "embedded redis-server", close: () => redis.stop() },
      ],
      // A backstop: the worker's close is five steps each bounded by SHUTDOWN_STEP_MS, so
      // this catches only a role whose close hangs anyway.
      { timeoutMs: 6 * SHUTDOWN_STEP_MS, log },
    );
    log.info({ clean }, "stopped");
    process.exit(clean ? 0 : 1);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // npm forwards SIGINT and SIGTERM but dies of SIGHUP (or SIGKILL) without passing it on:
  // a service it started must not stay behind, holding the port with an old config.
  if (env.npm_lifecycle_event) onParentExit(() => void stop("npm, which started sitrep, has exited"));
  log.info(
    { pid: process.pid, role },
    `sitrep running: send SIGHUP to pid ${process.pid} to reload the config`,
  );
}

const role = (process.argv[2] ?? "all") as Role;
if (!["all", "api", "worker"].includes(role)) {
  console.error(`usage: node --import tsx src/main.ts [api|worker]  (got "${role}")`);
  process.exit(2);
}
main(role).catch((error: Error) => {
  const expected =
    error instanceof ConfigError ||
    error instanceof EnvError ||
    error instanceof RedisUnavailableError ||
    error instanceof PortInUseError;
  console.error(expected ? error.message : error);
  process.exit(1);
});
