import { Worker, type WorkerOptions } from "node:worker_threads";

// Node 20 does not apply `--import tsx` to worker threads, so each thread registers it itself.
const TSX = import.meta.resolve("tsx/esm/api");

/** A worker thread running the TypeScript module `entry`. */
export function startThread(entry: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const boot = `import(${JSON.stringify(TSX)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
