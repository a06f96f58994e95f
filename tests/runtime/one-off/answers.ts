import { parentPort } from "node:worker_threads";

// A one-off thread that answers with shared memory (tests/runtime/one-off-thread.test.ts).
parentPort?.postMessage(new Int32Array(new SharedArrayBuffer(8)).fill(7));
