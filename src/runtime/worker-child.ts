import { type ChildProcess, fork } from "node:child_process";
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { BACKGROUND_NICENESS } from "./thread-serve.ts";

/**
 * Marks the forked poller on its command line: a worker another supervisor runs with an IPC
 * channel (pm2's fork mode) is no child of an API and must not act as one.
 */
const CHILD_FLAG = "--poller-of-api";

/** What a forked poller sends its parent once its schedules are reconciled and it takes signals. */
const READY = "sitrep:poller-ready";

export interface PollerChild {
  pid: number;
  /** Passes a signal on (SIGHUP to reload; SIGTERM, SIGINT to stop). */
  signal(name: NodeJS.Signals): void;
  /** Asks it to stop (SIGTERM) and resolves once it has exited; rejects when it exited unclean. */
  stop(): Promise<void>;
  /** Kills it outright, for a stop that ran out of time. */
  kill(): void;
}

/**
 * Starts this same entry point as a poller (role "worker") in a child process, so that feed
 * work (downloads, joining and decoding bodies, results coming back from the processing
 * threads) never runs on the API's event loop. The child writes to the same stdout and stderr.
 * Resolves once it is ready; `died` is called if it exits at any time but through `stop`.
 */
export async function forkPoller(options: {
  redisUrl: string;
  died: (exit: string) => void;
}): Promise<PollerChild> {
  const entry = process.argv[1];
  if (!entry) throw new Error("no entry point to fork the poller from");
  const child = fork(entry, ["worker", CHILD_FLAG], {
    // The same `--import tsx` and flags; the same Redis even when this process started its own.
    execArgv: process.execArgv,
    env: { ...process.env, REDIS_URL: options.redisUrl },
    stdio: "inherit",
  });
  // Until it is ready a failed start is the caller's error; after `stop`, an exit is expected.
  let watching = false;
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => {
      const exit = signal ? `signal ${signal}` : `code ${code}`;
      if (watching) options.died(exit);
      resolve(code === 0 ? "" : exit);
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.on("message", (message) => {
      if (message === READY) resolve();
    });
    void exited.then((exit) => reject(new Error(`the poller exited while starting (${exit || "code 0"})`)));
  });
  watching = true;
  return {
    pid: child.pid ?? 0,
    signal: (name) => {
      if (watching) child.kill(name);
    },
    async stop() {
      watching = false;
      if (isRunning(child)) child.kill("SIGTERM");
      const exit = await exited;
      if (exit) throw new Error(`the poller stopped with ${exit}`);
    },
    kill: () => {
      watching = false;
      child.kill("SIGKILL");
    },
  };
}

/** Whether this process is a poller forked by `npm start`'s API process. */
export function isForkedPoller(): boolean {
  return process.send !== undefined && process.argv.includes(CHILD_FLAG);
}

/** In a forked poller: tells the parent it is ready, and stops it when the parent is gone. */
export function servePollerParent(stop: (reason: string) => void): void {
  // The IPC channel closes when the parent dies by any means, SIGKILL included.
  process.once("disconnect", () => stop("the sitrep process that started this poller has exited"));
  process.send?.(READY);
}

/**
 * Lowers this process's CPU priority, so that a burst of feed work cannot make the API wait for
 * a time slice; called first thing in a forked poller. Linux keeps a
 * niceness per thread, and threads take their creator's, so the threads already running get it
 * one by one and the processing threads started later inherit it.
 */
export function yieldCpuToApi(): void {
  let threads: number[] = [0];
  try {
    threads = readdirSync("/proc/self/task").map(Number);
  } catch {
    // Not Linux: there the niceness is the whole process's.
  }
  for (const thread of threads) {
    try {
      setPriority(thread, BACKGROUND_NICENESS);
    } catch {
      // It ended meanwhile.
    }
  }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
