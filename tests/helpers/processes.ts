import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { pingRedis } from "../../src/runtime/ensure-redis.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const OUTPUT_KEPT = 64 * 1024;
const STOP_GRACE_MS = 10_000;
const running = new Set<ChildProcess>();
// A test file that dies mid-run must not leave workers polling or a redis-server holding a port.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Polls `probe` until it returns something truthy; fails with `what` once `timeoutMs` has passed. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  what: string,
  { timeoutMs = 45_000, everyMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `gave up after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ""}`,
      );
    }
    await sleep(everyMs);
  }
}

/** Whether a process with this PID exists (any process, not only one this test started). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A loopback port nothing listens on right now, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port assigned");
  return address.port;
}

/** A unique key prefix that SITREP_PREFIX accepts (no ":"), for tests that spawn processes. */
export function processPrefix(name: string): string {
  return `sitrep-test.${name}.${randomUUID().slice(0, 8)}`;
}

/** Connection options for a redis:// URL, for BullMQ objects that should own (and close) their connection. */
export function redisOptions(url: string): { host: string; port: number; maxRetriesPerRequest: null } {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port || 6379), maxRetriesPerRequest: null };
}

/** A directory under the system temp dir, removed by the returned function. */
export function tempDir(name: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `sitrep-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Child {
  process: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns a command in the repo root, keeping the tail of its output; killed if the test file dies. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { process: child, output: () => output, exited };
}

export interface RedisServer {
  port: number;
  url: string;
  /** SHUTDOWN NOSAVE: with persistence on, what the append-only file holds survives. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
}

/**
 * A private redis-server on a spare port, for tests that stop and restart Redis. With
 * `dataDir` it keeps an append-only file synced on every write, so a restart loses nothing.
 */
export async function startRedisServer(dataDir?: string): Promise<RedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const persistence = dataDir
    ? ["--appendonly", "yes", "--appendfsync", "always", "--dir", dataDir]
    : ["--appendonly", "no"];
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence];
  let child: Child | null = null;
  const server: RedisServer = {
    port,
    url,
    async start() {
      const current = start("redis-server", args, process.env);
      child = current;
      await waitFor(() => pingRedis(url), `redis-server on port ${port}`, { timeoutMs: 10_000 }).catch(
        (error: Error) => {
          throw new Error(`${error.message}\n${current.output()}`);
        },
      );
    },
    async stop() {
      if (!child) return;
      const stopping = child;
      child = null;
      const admin = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
      admin.on("error", () => {});
      await admin.connect();
      await admin.call("SHUTDOWN", "NOSAVE").catch(() => {});
      admin.disconnect();
      await stopping.exited;
    },
  };
  await server.start();
  return server;
}

export interface SitrepOptions {
  /** A config file (see writeConfig), passed as SITREP_CONFIG; rewrite it and send SIGHUP to reload. */
  configPath: string;
  redisUrl: string;
  prefix: string;
  /** The script to run instead of src/main.ts, relative to the repo root. */
  entry?: string;
  env?: Record<string, string>;
}

export interface SitrepProcess {
  pid: number;
  /** The API's base URL; null for a worker. */
  url: string | null;
  output(): string;
  exited: Child["exited"];
  alive(): boolean;
  /** Peak resident memory so far (VmHWM), in bytes; Linux only. */
  peakRss(): number;
  signal(name: NodeJS.Signals): void;
  /** Sends `name` and waits for the exit, killing the process if it has not exited after 10 s. */
  stop(name?: NodeJS.Signals): Promise<void>;
}

/** Writes a config for spawned processes; returns its path. */
export function writeConfig(path: string, config: unknown): string {
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

/**
 * Spawns `node --import tsx src/main.ts <role>` as a real process and waits until it is
 * ready: an API answers HTTP, a worker has logged that its schedules are reconciled. Role
 * "all" is what `npm start` runs: the API, with the poller in a child process.
 */
export async function spawnSitrep(
  role: "api" | "worker" | "all",
  options: SitrepOptions,
): Promise<SitrepProcess> {
  const serves = role !== "worker";
  const port = serves ? await freePort() : 0;
  const child = start(process.execPath, ["--import", "tsx", options.entry ?? "src/main.ts", role], {
    ...process.env,
    SITREP_CONFIG: options.configPath,
    REDIS_URL: options.redisUrl,
    SITREP_PREFIX: options.prefix,
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "info",
    ...options.env,
  });
  const pid = child.process.pid ?? 0;
  const url = serves ? `http://127.0.0.1:${port}` : null;
  const ready = async () =>
    url
      ? fetch(`${url}/healthz`).then(
          () => true,
          () => false,
        )
      : child.output().includes('"msg":"schedules reconciled"');
  const exitedEarly = child.exited.then(({ code, signal }) => {
    throw new Error(`exited with ${signal ?? code}`);
  });
  await Promise.race([waitFor(ready, "it to be ready", { timeoutMs: 90_000 }), exitedEarly]).catch(
    (error: Error) => {
      child.process.kill("SIGKILL");
      throw new Error(`${role} process: ${error.message}\n${child.output()}`);
    },
  );
  exitedEarly.catch(() => {});
  return {
    pid,
    url,
    output: child.output,
    exited: child.exited,
    alive: () => child.process.exitCode === null && child.process.signalCode === null,
    peakRss: () => {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
    },
    signal: (name) => child.process.kill(name),
    async stop(name = "SIGTERM") {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      child.process.kill(name);
      // A graceful stop waits for Redis; a test that failed with Redis down must not hang on it.
      const timer = setTimeout(() => child.process.kill("SIGKILL"), STOP_GRACE_MS);
      await child.exited;
      clearTimeout(timer);
    },
  };
}
