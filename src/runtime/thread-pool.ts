import type { Worker } from "node:worker_threads";
import { formatDuration } from "../config/duration.ts";
import { startThread } from "./start-thread.ts";
import { threadCpuMs } from "./thread-cpu.ts";
import type { ThreadJob, ThreadMessage } from "./thread-serve.ts";

export interface ThreadPoolOptions {
  /** The module each thread runs; it calls `serveJobs`. */
  entry: URL;
  /** Handed to each thread once, before its first job (as `workerData`). */
  setup: unknown;
  threads: number;
  /** V8 heap limit of each thread, in MiB. */
  memoryMb: number;
}

/** A job stopped for taking more than its CPU budget, or its thread's memory. */
export class ThreadLimitError extends Error {
  override name = "ThreadLimitError";
  constructor(
    readonly limit: "cpu" | "memory",
    message: string,
  ) {
    super(message);
  }
}

/** An error a job threw in its thread, with the name it had there. */
export class ThreadJobError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface Pending {
  task: unknown;
  budgetMs: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Running extends Pending {
  id: number;
  startWall: number;
  startCpu: number | null;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** The kernel's thread id, once the thread is ready; null where CPU time cannot be read. */
  tid: number | null;
  ready: boolean;
  job: Running | null;
}

const OUT_OF_MEMORY = "ERR_WORKER_OUT_OF_MEMORY";

/**
 * Long-lived threads that run CPU-heavy jobs off the caller's event loop, one job per thread at
 * a time, the rest queued. A job's clock starts when its thread takes it: a job that uses more
 * than its budget of the thread's CPU time (wall time where the OS does not report it), or more
 * than the thread's heap, has its thread terminated and fails with a ThreadLimitError; a fresh
 * thread takes the slot, so one costly job costs only itself.
 */
export class ThreadPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;
  /** Why threads cannot start (a broken entry, a heap too small for its setup); fails every job. */
  private broken: Error | null = null;
  private idle: (() => void) | null = null;
  private readonly started = performance.now();
  private firstReady: (ms: number) => void = () => {};
  /** Milliseconds from construction until every first thread was ready. */
  readonly ready: Promise<number>;
  private waitingFor: number;

  constructor(private readonly options: ThreadPoolOptions) {
    this.waitingFor = options.threads;
    this.ready = new Promise((resolve) => {
      this.firstReady = resolve;
    });
    for (let n = 0; n < options.threads; n++) this.spawn();
  }

  run(task: unknown, budgetMs: number): Promise<unknown> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new Error("the processing threads are shutting down"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, budgetMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Lets queued and running jobs finish, then stops the threads. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.busy()) await new Promise<void>((resolve) => (this.idle = resolve));
    await this.terminateAll();
  }

  /** Stops the threads now; queued and running jobs fail. */
  async abandon(): Promise<void> {
    this.closing = true;
    this.failQueued(new Error("the processing threads were stopped"));
    await this.terminateAll();
  }

  private busy(): boolean {
    return this.queue.length > 0 || [...this.slots].some((slot) => slot.job !== null);
  }

  private async terminateAll(): Promise<void> {
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private spawn(): void {
    const worker = startThread(this.options.entry, {
      workerData: this.options.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    // Idle threads must not keep a process alive that has nothing else to do.
    worker.unref();
    const slot: Slot = { worker, tid: null, ready: false, job: null };
    this.slots.add(slot);
    worker.on("message", (message: ThreadMessage) => this.received(slot, message));
    worker.on("error", (error: NodeJS.ErrnoException) => this.crashed(slot, error));
    worker.on("exit", () => this.exited(slot));
  }

  private received(slot: Slot, message: ThreadMessage): void {
    if (message.kind === "ready") {
      slot.ready = true;
      slot.tid = message.tid;
      if (--this.waitingFor === 0) this.firstReady(performance.now() - this.started);
    } else if (slot.job?.id === message.id) {
      const job = this.finish(slot);
      if (message.kind === "done") job.resolve(message.value);
      else job.reject(new ThreadJobError(message.name, message.message));
    }
    this.dispatch();
  }

  private crashed(slot: Slot, error: NodeJS.ErrnoException): void {
    const memory = error.code === OUT_OF_MEMORY;
    if (!slot.ready) {
      // A thread that cannot start would fail the same way every time it is replaced.
      this.broken = new Error(
        memory
          ? `the processing threads cannot start within their ${this.options.memoryMb} MiB heap: raise processing.memory`
          : `the processing threads cannot start: ${error.message}`,
      );
      this.failQueued(this.broken);
      return;
    }
    if (!slot.job) return;
    this.finish(slot).reject(
      memory
        ? new ThreadLimitError("memory", `exceeded its memory limit of ${this.options.memoryMb} MiB`)
        : new ThreadJobError(error.name, error.message),
    );
  }

  private exited(slot: Slot): void {
    this.slots.delete(slot);
    if (slot.job) this.finish(slot).reject(new Error("its processing thread stopped"));
    if (!this.closing && !this.broken) this.spawn();
    this.settleIfIdle();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const pending = this.queue.shift();
      if (!pending) break;
      const id = ++this.nextId;
      const tick = Math.min(250, Math.max(10, pending.budgetMs / 10));
      slot.job = {
        ...pending,
        id,
        startWall: performance.now(),
        startCpu: slot.tid === null ? null : threadCpuMs(slot.tid),
        timer: setInterval(() => this.checkBudget(slot), tick),
      };
      slot.worker.postMessage({ id, task: pending.task } satisfies ThreadJob);
    }
    this.settleIfIdle();
  }

  private checkBudget(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    const cpu = slot.tid === null || job.startCpu === null ? null : threadCpuMs(slot.tid);
    const used =
      cpu === null || job.startCpu === null ? performance.now() - job.startWall : cpu - job.startCpu;
    if (used <= job.budgetMs) return;
    this.finish(slot).reject(
      new ThreadLimitError("cpu", `exceeded its CPU budget of ${formatDuration(job.budgetMs)}`),
    );
    // The job may be deep in a loop that never yields: only terminating the thread stops it.
    slot.ready = false;
    void slot.worker.terminate();
  }

  private finish(slot: Slot): Running {
    const job = slot.job as Running;
    clearInterval(job.timer);
    slot.job = null;
    return job;
  }

  private failQueued(error: Error): void {
    for (const pending of this.queue.splice(0)) pending.reject(error);
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.idle && !this.busy()) {
      this.idle();
      this.idle = null;
    }
  }
}
