import { serveJobs } from "../../src/runtime/thread-serve.ts";

/** What the pool test asks of a thread; each chore stands for one way a job can behave. */
export type Chore =
  | { kind: "echo"; value: string }
  | { kind: "spin" }
  | { kind: "sleep"; ms: number }
  | { kind: "hoard" }
  | { kind: "throw"; name: string };

// A pool thread for tests/runtime/thread-pool.test.ts.
await serveJobs(async (setup) => async (task) => {
  const chore = task as Chore;
  switch (chore.kind) {
    case "echo":
      return `${String(setup)}:${chore.value}`;
    case "spin":
      for (;;) {}
    case "sleep":
      // Blocks the thread without using CPU, as a job waiting on nothing would.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, chore.ms);
      return "slept";
    case "hoard": {
      const kept: string[][] = [];
      for (;;) kept.push(Array.from({ length: 100_000 }, (_, n) => `${n}`));
    }
    case "throw": {
      const error = new Error(`a ${chore.name} from the thread`);
      error.name = chore.name;
      throw error;
    }
  }
});
