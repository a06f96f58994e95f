import type { WorkerRuntime } from "../workers/worker.ts";
import { startApi } from "./api/server.ts";
import { EnvError, readEnv } from "./env.ts";
import { createLogger } from "./log.ts";
import { ensureRedis, RedisUnavailableError } from "./runtime/ensure-redis.ts";
import { onParentExit } from "./runtime/parent.ts";
import { assertPortFree, PortInUseError } from "./runtime/port.ts";
import { closeInOrder, SHUTDOWN_STEP_MS, type ShutdownStep } from "./runtime/shutdown.ts";
import {
  forkPoller,
  isForkedPoller,
  type PollerChild,
  servePollerParent,
  yieldCpuToApi,
} from "./runtime/worker-child.ts";
import { ConfigError, configWarnings, loadConfig } from "./setup/load-config.ts";

type Role = "all" | "api" | "worker";

/**
 * Entry point of `npm start` (both roles: the API here, the poller in a child process running
 * this file as "worker"), `npm run api` and `npm run worker`.
 */
async function main(role: Role): Promise<void> {
  const env = readEnv();
  // A poller `npm start` forked: its parent owns the start-up messages and takes the signals.
  const forked = role === "worker" && isForkedPoller();
  if (forked) yieldCpuToApi();
  const format = env.LOG_FORMAT === "auto" ? (process.stdout.isTTY ? "pretty" : "json") : env.LOG_FORMAT;
  const log = createLogger(env.LOG_LEVEL, format, forked ? "sitrep-poller" : "sitrep");
  const config = await loadConfig(env.SITREP_CONFIG);
  if (!forked) for (const warning of configWarnings(config)) log.warn({ config: env.SITREP_CONFIG }, warning);
  // Before anything touches Redis: a second sitrep must not reconcile schedules and then crash.
  if (role !== "worker") await assertPortFree(env.HOST, env.PORT);
  const redis = await ensureRedis(env.REDIS_URL);
  if (redis.child)
    log.info({ url: redis.url }, "started an embedded redis-server with its data under ./data");
  const options = { redisUrl: redis.url, prefix: env.SITREP_PREFIX, log };
  let stopping = false;
  let stop = (_reason: string, _failed = false): void => {};
  // Imported only where it runs: the API process need not hold the poller's modules.
  const worker =
    role === "worker" ? await (await import("../workers/worker.ts")).startWorker(config, options) : null;
  // The API's event loop must never wait on feed work, so `npm start` polls in a child process,
  // started beside the API. If that child dies the whole service stops, non-zero, for its
  // supervisor to restart.
  const pollerStarting =
    role === "all"
      ? forkPoller({
          redisUrl: redis.url,
          died: (exit) => {
            // Ctrl-C reaches the whole process group: then the child stopping is no surprise.
            if (stopping) return;
            log.error({ exit }, "the poller process died; stopping sitrep so that it can be restarted");
            stop("the poller process died", true);
          },
        })
      : null;
  // Its failure is handled below, once the API has started; until then it is no unhandled rejection.
  pollerStarting?.catch(() => {});
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
  const poller = pollerStarting
    ? await pollerStarting.catch(async (error: Error) => {
        await api?.close();
        await redis.stop();
        throw error;
      })
    : null;

  process.on("SIGHUP", () => {
    poller?.signal("SIGHUP");
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

  const prefix = forked ? "poller " : "";
  stop = (reason, failed = false) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, `${prefix}shutting down`);
    void closeInOrder(
      [
        { name: "api", close: async () => api?.close() },
        workerStep(worker, poller),
        { name: "embedded redis-server", close: () => redis.stop() },
      ],
      // A backstop: the worker's close is five steps each bounded by SHUTDOWN_STEP_MS, so
      // this catches only a role whose close hangs anyway.
      { timeoutMs: 6 * SHUTDOWN_STEP_MS, log },
    ).then((clean) => {
      log.info({ clean }, `${prefix}stopped`);
      process.exit(clean && !failed ? 0 : 1);
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  if (forked) servePollerParent(stop);
  // npm forwards SIGINT and SIGTERM but dies of SIGHUP (or SIGKILL) without passing it on:
  // a service it started must not stay behind, holding the port with an old config.
  else if (env.npm_lifecycle_event) onParentExit(() => stop("npm, which started sitrep, has exited"));
  if (!forked)
    log.info(
      { pid: process.pid, role, ...(poller && { pollerPid: poller.pid }) },
      `sitrep running: send SIGHUP to pid ${process.pid} to reload the config`,
    );
}

/** Closing the poller: this process's own, or the child's, which stops on its own SIGTERM. */
function workerStep(worker: WorkerRuntime | null, poller: PollerChild | null): ShutdownStep {
  if (poller) return { name: "poller process", close: () => poller.stop(), abandon: () => poller.kill() };
  return { name: "worker", close: async () => worker?.close() };
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
