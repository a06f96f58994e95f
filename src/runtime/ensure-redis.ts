import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";

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

export interface EmbeddedRedisOptions {
  /** Where the embedded server keeps its append-only file and snapshots. */
  dataDir?: string;
  /** The local port tried first and, if nothing answers there, given to the embedded server. */
  port?: number;
  /** Where the embedded server listens, when not on `port` (a test run's server on a spare port). */
  embeddedPort?: number;
  /** The server binary; a parameter so the "not installed" message can be tested. */
  command?: string;
}

/**
 * With REDIS_URL set, that Redis (one server or a cluster) is used as it is, never an
 * embedded one, even while it does not answer. Without it, sitrep uses the local
 * default port, and if nothing answers there starts its own redis-server with its data
 * under ./data, so `npm start` works on a machine that only has Redis installed.
 */
export async function ensureRedis(
  configuredUrl: string | undefined,
  {
    dataDir = "./data",
    port = 6379,
    embeddedPort = port,
    command = "redis-server",
  }: EmbeddedRedisOptions = {},
): Promise<RedisHandle> {
  const address = `127.0.0.1:${port}`;
  const none: RedisHandle = { url: configuredUrl ?? `redis://${address}`, child: null, stop: async () => {} };
  if (configuredUrl || (await pingRedis(none.url))) return none;
  const url = `redis://127.0.0.1:${embeddedPort}`;
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    command,
    [
      "--port",
      String(embeddedPort),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--appendonly",
      "yes",
      "--save",
      "60 1000",
    ],
    { stdio: "ignore" },
  );
  const spawnError = new Promise<Error>((done) => child.once("error", done));
  for (let attempt = 0; attempt < 50; attempt++) {
    const failed = await Promise.race([spawnError, sleep(100).then(() => null)]);
    if (failed) {
      throw new RedisUnavailableError(
        (failed as NodeJS.ErrnoException).code === "ENOENT"
          ? `nothing answers on ${address} and ${command} is not installed: install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL`
          : `could not start ${command}: ${failed.message}`,
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
  throw new RedisUnavailableError(`started ${command}, but it did not answer on ${url} within 5 s`);
}
