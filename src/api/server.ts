import { type ServerType, serve } from "@hono/node-server";
import { createPushQueue } from "../jobs/push-queue.ts";
import { createQueue } from "../jobs/queue.ts";
import type { Logger } from "../log.ts";
import { explainListenError } from "../runtime/port.ts";
import { closeConnection, closeInOrder } from "../runtime/shutdown.ts";
import type { Config } from "../setup/config-schema.ts";
import { storeKeys } from "../store/keys.ts";
import { connectRedis, FAIL_FAST, FOR_BULLMQ, untilReady } from "../store/redis.ts";
import { createApp } from "./app.ts";
import { DEFAULT_SEARCH_LIMITS } from "./search-limit.ts";

/** A FAIL_FAST connection refuses commands until it is first ready, so start-up waits for that, this long at most. */
const REDIS_START_WAIT_MS = 5000;
/** Each shutdown step that talks to Redis gives up after this, so a stop never waits on an absent Redis. */
const CLOSE_STEP_MS = 2000;

export interface ApiOptions {
  redisUrl: string;
  prefix: string;
  host: string;
  port: number;
  publicUrl: string | null;
  /** PUBLIC_HOSTS: without publicUrl, the hosts self links may name besides localhost. */
  publicHosts?: string[];
  /** TRUST_PROXY: how many proxies in front of sitrep add X-Forwarded-For entries the search limit believes. */
  trustedProxies?: number;
  /** ADMIN_TOKEN: enables /admin (queue dashboard, poll now); null leaves those routes out. */
  adminToken?: string | null;
  log: Logger;
}

export interface ApiRuntime {
  port: number;
  reload(config: Config): void;
  close(): Promise<void>;
}

export async function startApi(initial: Config, options: ApiOptions): Promise<ApiRuntime> {
  let config = initial;
  const redis = connectRedis(options.redisUrl, FAIL_FAST);
  redis.on("error", (error) => options.log.warn({ err: error }, "redis error (api)"));
  // BullMQ wants a connection of its own (it blocks on some commands).
  const queueConnection = connectRedis(options.redisUrl, FOR_BULLMQ);
  queueConnection.on("error", (error) => options.log.warn({ err: error }, "redis error (api queue)"));
  const queue = createQueue(queueConnection, options.prefix);
  queue.on("error", (error) => options.log.warn({ err: error }, "queue error (api)"));
  const pushQueue = createPushQueue(queueConnection, options.prefix);
  pushQueue.on("error", (error) => options.log.warn({ err: error }, "push queue error (api)"));
  const app = createApp({
    redis,
    keys: storeKeys(options.prefix),
    config: () => config,
    log: options.log,
    now: () => new Date(),
    publicUrl: options.publicUrl,
    // A request naming a host nobody configured gets links on this process's own address.
    publicHosts: [...(options.publicHosts ?? []), `localhost:${options.port}`],
    queueReady: async () => queueConnection.status === "ready" && (await queueConnection.ping()) === "PONG",
    queue,
    pushQueue,
    adminToken: options.adminToken ?? null,
    searchLimits: { ...DEFAULT_SEARCH_LIMITS, trustedProxies: options.trustedProxies ?? 0 },
  });
  if (!(await untilReady(redis, REDIS_START_WAIT_MS))) {
    options.log.warn("redis is not answering: the API starts anyway and answers 503 until it does");
  }
  const server: ServerType = await new Promise((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () =>
      resolve(started),
    );
    // Taken between main's check and now: the same plain line, not a stack trace.
    started.once("error", (error) => reject(explainListenError(error, options.port)));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  options.log.info({ host: options.host, port, admin: Boolean(options.adminToken) }, "api listening");
  return {
    port,
    reload(next) {
      config = next;
    },
    async close() {
      await closeInOrder(
        [
          { name: "http server", close: () => new Promise<void>((resolve) => server.close(() => resolve())) },
          { name: "api queue", close: () => queue.close() },
          { name: "api push queue", close: () => pushQueue.close() },
          closeConnection("api queue connection", queueConnection),
          closeConnection("api redis connection", redis),
        ],
        { timeoutMs: CLOSE_STEP_MS, log: options.log },
      );
    },
  };
}
