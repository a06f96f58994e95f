import { afterEach, describe, expect, it } from "vitest";
import { ThreadLimitError, ThreadPool } from "../../src/runtime/thread-pool.ts";
import type { Chore } from "./chore-thread.ts";

const pools: ThreadPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.abandon()));
});

function pool(threads = 1, entry = "./chore-thread.ts"): ThreadPool {
  const created = new ThreadPool({
    entry: new URL(entry, import.meta.url),
    setup: "warm",
    threads,
    memoryMb: 64,
  });
  pools.push(created);
  return created;
}
const run = (on: ThreadPool, chore: Chore, budgetMs = 2_000) => on.run(chore, budgetMs);

describe("ThreadPool", { timeout: 60_000 }, () => {
  it("runs jobs on warm threads, queueing past their number, and keeps its event loop free", async () => {
    const threads = pool(2);
    await threads.ready;
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const results = await Promise.all(
      ["a", "b", "c", "d"].map((value) => run(threads, { kind: "echo", value })),
    );
    const slept = await run(threads, { kind: "sleep", ms: 300 });
    clearInterval(ticker);
    expect(results).toEqual(["warm:a", "warm:b", "warm:c", "warm:d"]);
    expect(slept).toBe("slept");
    // The thread blocked for 300 ms; this loop went on ticking all along.
    expect(ticks).toBeGreaterThan(5);
  });

  it("stops a job past its CPU budget, and a fresh thread takes the next one", async () => {
    const threads = pool(1);
    const started = performance.now();
    const failed = await run(threads, { kind: "spin" }, 300).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ThreadLimitError);
    expect(failed).toMatchObject({ limit: "cpu", message: "exceeded its CPU budget of 300ms" });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await run(threads, { kind: "echo", value: "after" })).toBe("warm:after");
  });

  it.runIf(process.platform === "linux")(
    "counts CPU time, not the time a job waits: a blocked thread is not over budget",
    async () => {
      const threads = pool(1);
      expect(await run(threads, { kind: "sleep", ms: 600 }, 200)).toBe("slept");
    },
  );

  it("stops a job that outgrows the thread's heap, and goes on", async () => {
    const threads = pool(1);
    const failed = await run(threads, { kind: "hoard" }, 60_000).catch((error: unknown) => error);
    expect(failed).toMatchObject({ limit: "memory", message: "exceeded its memory limit of 64 MiB" });
    expect(await run(threads, { kind: "echo", value: "after" })).toBe("warm:after");
  });

  it("passes a job's own error on with its name, and keeps the thread", async () => {
    const threads = pool(1);
    await expect(run(threads, { kind: "throw", name: "FeedParseError" })).rejects.toMatchObject({
      name: "FeedParseError",
      message: "a FeedParseError from the thread",
    });
    expect(await run(threads, { kind: "echo", value: "after" })).toBe("warm:after");
  });

  it("fails every job with the reason when its threads cannot start, instead of restarting them forever", async () => {
    const threads = pool(1, "./broken-thread.ts");
    await expect(run(threads, { kind: "echo", value: "x" })).rejects.toThrow(
      "the processing threads cannot start: this thread cannot load",
    );
    await expect(run(threads, { kind: "echo", value: "y" })).rejects.toThrow("cannot start");
  });

  it("close lets queued jobs finish first", async () => {
    const threads = pool(1);
    const jobs = [run(threads, { kind: "sleep", ms: 100 }), run(threads, { kind: "echo", value: "last" })];
    await threads.close();
    expect(await Promise.all(jobs)).toEqual(["slept", "warm:last"]);
    await expect(run(threads, { kind: "echo", value: "late" })).rejects.toThrow("shutting down");
  });
});
