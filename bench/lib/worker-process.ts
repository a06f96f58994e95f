import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { ConfigInput } from "../../src/setup/config-schema.ts";

/** pino's number for "warn". */
const WARN = 40;

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  /** Resolves once the worker has reconciled its schedules (its "schedules reconciled" log line). */
  reconciled: Promise<void>;
  /**
   * Resolves once its processing threads are ready (its "processing threads ready" log line):
   * the milliseconds since it was spawned, and the threads' own count from their construction.
   */
  threadsReady: Promise<{ sinceSpawnMs: number; poolMs: number }>;
  /** SIGTERM, as an orchestrator stops it: running polls finish first. */
  stop(): Promise<void>;
}

/** Writes a config where `sitrep worker` can read it (JSON, as SITREP_CONFIG allows). */
export function writeConfig(config: ConfigInput): string {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "config.json");
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** Passes on warnings and errors from the worker's JSON log and spots the ends of its start-up. */
function watchLog(child: ChildProcess, spawnedAt: number) {
  let reconciled: () => void = () => {};
  let threadsReady: (times: { sinceSpawnMs: number; poolMs: number }) => void = () => {};
  createInterface({ input: child.stdout as Readable }).on("line", (line) => {
    let entry: { level?: number; msg?: string; ms?: number };
    try {
      entry = JSON.parse(line);
    } catch {
      process.stderr.write(`${line}\n`);
      return;
    }
    if (entry.msg === "schedules reconciled") reconciled();
    if (entry.msg === "processing threads ready") {
      threadsReady({ sinceSpawnMs: performance.now() - spawnedAt, poolMs: entry.ms ?? Number.NaN });
    }
    if ((entry.level ?? 0) >= WARN) process.stderr.write(`${line}\n`);
  });
  return {
    reconciled: new Promise<void>((resolve) => (reconciled = resolve)),
    threadsReady: new Promise<{ sinceSpawnMs: number; poolMs: number }>(
      (resolve) => (threadsReady = resolve),
    ),
  };
}

/**
 * `src/main.ts worker` as its own process, the way it is deployed: node runs it directly
 * (with tsx as a loader, not the tsx CLI, which would add a wrapper process), so the pid
 * is the worker's own and its CPU and RSS can be read from /proc.
 */
export function spawnWorker(
  env: { configPath: string; redisUrl: string; prefix: string },
  nodeArgs: string[] = [],
): WorkerProcess {
  const main = new URL("../../src/main.ts", import.meta.url).pathname;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", main, "worker"], {
    env: {
      ...process.env,
      SITREP_CONFIG: env.configPath,
      REDIS_URL: env.redisUrl,
      SITREP_PREFIX: env.prefix,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  return {
    pid: child.pid ?? 0,
    child,
    ...watchLog(child, spawnedAt),
    async stop() {
      process.off("exit", orphaned);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, "exit");
      child.kill("SIGTERM");
      await gone;
    },
  };
}
