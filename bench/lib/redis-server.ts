import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { pingRedis } from "../../src/runtime/ensure-redis.ts";

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now: the OS picks it, we release it for the child. */
export async function sparePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no TCP port to spare");
  return address.port;
}

/**
 * A throw-away redis-server on a spare loopback port, without persistence: memory figures
 * then count only what the run wrote, and nothing touches the shared Redis on 6379.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await sparePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const failed = new Promise<Error>((resolve) => child.once("error", resolve));
  const url = `redis://127.0.0.1:${port}`;
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  for (let attempt = 0; attempt < 100; attempt++) {
    const error = await Promise.race([failed, sleep(50).then(() => null)]);
    if (error) throw new Error(`cannot start redis-server (is it installed?): ${error.message}`);
    if (await pingRedis(url)) {
      return {
        url,
        stop: async () => {
          process.off("exit", orphaned);
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        },
      };
    }
  }
  child.kill("SIGKILL");
  throw new Error(`redis-server on port ${port} did not answer within 5 s`);
}

/** Redis' own view of its memory and CPU, for per-item and per-feed figures. */
export async function redisInfo(redis: Redis): Promise<{ usedMemory: number; cpuSeconds: number }> {
  const text = `${await redis.info("memory")}\n${await redis.info("cpu")}`;
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(text)?.[1] ?? Number.NaN);
  return { usedMemory: field("used_memory"), cpuSeconds: field("used_cpu_user") + field("used_cpu_sys") };
}

/** Connection options BullMQ opens (and so closes) itself, unlike a client handed to it. */
export function bullConnection(url: string) {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port), maxRetriesPerRequest: null };
}

/** Calls per command since the server started ("evalsha" → 12345), to count round trips per item. */
export async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const text = await redis.info("commandstats");
  return new Map(
    [...text.matchAll(/^cmdstat_([\w|]+):calls=(\d+)/gm)].map((match) => [match[1] ?? "", Number(match[2])]),
  );
}
