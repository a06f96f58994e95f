import { type ServerType, serve } from "@hono/node-server";
import { Redis } from "ioredis";
import { createQueue } from "../../workers/queue.ts";
import type { Config } from "../config/schema.ts";
import type { Logger } from "../log.ts";
import { storeKeys } from "../store/keys.ts";
import { connectRedis } from "../store/redis.ts";
import { createApp } from "./app.ts";

export interface ApiOptions {
  redisUrl: string;
  prefix: string;
  host: string;
  port: number;
  publicUrl: string | null;
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
  const redis = connectRedis(options.redisUrl);
  redis.on("error", (error) => options.log.warn({ err: error }, "redis error (api)"));
  // BullMQ wants a connection of its own (it blocks on some commands).
  const queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  queueConnection.on("error", (error) => options.log.warn({ err: error }, "redis error (api queue)"));
  const queue = createQueue(queueConnection, options.prefix);
  queue.on("error", (error) => options.log.warn({ err: error }, "queue error (api)"));
  const app = createApp({
    redis,
    keys: storeKeys(options.prefix),
    config: () => config,
    log: options.log,
    now: () => new Date(),
    publicUrl: options.publicUrl,
    queueReady: async () => queueConnection.status === "ready" && (await queueConnection.ping()) === "PONG",
    queue,
    adminToken: options.adminToken ?? null,
  });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () =>
      resolve(started),
    );
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.close();
      await queueConnection.quit();
      await redis.quit();
    },
  };
}
