import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { currentThreadId } from "./thread-cpu.ts";

/**
 * The niceness of pool threads, and of `npm start`'s poller process. Their work can wait; an
 * event loop that answers HTTP (or starts the threads) cannot, so on a busy machine the kernel
 * runs it first.
 */
export const BACKGROUND_NICENESS = 10;

/** What a pool thread sends its pool. */
export type ThreadMessage =
  | { kind: "ready"; tid: number | null }
  | { kind: "done"; id: number; value: unknown }
  | { kind: "failed"; id: number; name: string; message: string };

/** What a pool sends one of its threads. */
export interface ThreadJob {
  id: number;
  task: unknown;
}

/**
 * Runs in a pool thread: builds the handler from the pool's setup data (loading and warming
 * whatever it needs before any job's clock starts), says it is ready, then answers jobs one at
 * a time. A job's error goes back as its name and message; the pool decides what it means.
 */
export async function serveJobs(
  build: (setup: unknown) => Promise<(task: unknown) => Promise<unknown>>,
): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs only in a worker thread");
  lowerPriority();
  const handle = await build(workerData);
  port.on("message", async ({ id, task }: ThreadJob) => {
    const reply: ThreadMessage = await handle(task).then(
      (value): ThreadMessage => ({ kind: "done", id, value }),
      (error: unknown): ThreadMessage => ({
        kind: "failed",
        id,
        name: error instanceof Error ? error.name : "Error",
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    port.postMessage(reply);
  });
  port.postMessage({ kind: "ready", tid: currentThreadId() } satisfies ThreadMessage);
}

function lowerPriority(): void {
  // Linux alone applies a niceness to one thread (process id 0 there means the calling thread);
  // elsewhere this would lower the whole process, event loop included.
  if (process.platform !== "linux") return;
  setPriority(0, BACKGROUND_NICENESS);
}
