import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";

export const LOCAL_REDIS_URL = "redis://127.0.0.1:6379";

export interface RedisHandle {
  url: string;
  /** The redis-server child we started, if we had to. */
  child: ChildProcess | null;
  stop(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  override name = "RedisUnavailableError";
}

export async function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * With REDIS_URL set, that Redis is used as it is. Without it, sitrep uses the local
 * default port, and if nothing answers there starts its own redis-server with its data
 * under ./data, so `npm start` works on a machine that only has Redis installed.
 */
export async function ensureRedis(
  configuredUrl: string | undefined,
  dataDir = "./data",
): Promise<RedisHandle> {
  const url = configuredUrl ?? LOCAL_REDIS_URL;
  const none: RedisHandle = { url, child: null, stop: async () => {} };
  if (configuredUrl || (await pingRedis(url))) return none;
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    "redis-server",
    ["--port", "6379", "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", "60 1000"],
    { stdio: "ignore" },
  );
  const spawnError = new Promise<Error>((done) => child.once("error", done));
  for (let attempt = 0; attempt < 50; attempt++) {
    const failed = await Promise.race([spawnError, sleep(100).then(() => null)]);
    if (failed) {
      throw new RedisUnavailableError(
        (failed as NodeJS.ErrnoException).code === "ENOENT"
          ? "nothing answers on 127.0.0.1:6379 and redis-server is not installed: install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL"
          : `could not start redis-server: ${failed.message}`,
      );
    }
    if (await pingRedis(url, 200)) {
      return {
        url,
        child,
        stop: async () => {
          child.kill("SIGTERM");
          await new Promise((done) => child.once("exit", done));
        },
      };
    }
  }
  child.kill("SIGKILL");
  throw new RedisUnavailableError("started redis-server, but it did not answer on 127.0.0.1:6379 within 5 s");
}
