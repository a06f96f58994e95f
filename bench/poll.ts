import { figure } from "./lib/figure.ts";
import { runCycles } from "./poll/run-cycles.ts";

const INTERVAL_S = 60;

/**
 * Issue 7, figure 2: two poll cycles of 10,000 feeds through real worker processes (cycle
 * time against the polling interval, feeds/s and CPU per feed against a bare fetch of the
 * same feeds), with the Redis work per item that explains them.
 */
export async function benchPoll(options: { quick: boolean; workers?: number; profileDir?: string }) {
  const workers = options.workers ?? 1;
  const run = await runCycles({
    feeds: options.quick ? 1000 : 10_000,
    workers,
    // Long enough for a slow cycle 1 to finish, so cycle 2 (the steady state) is measured too.
    deadlineMs: options.quick ? 180_000 : 600_000,
    profileDir: options.profileDir,
  });
  const bench = `poll ×${workers}`;
  const stories = run.cycles.reduce((sum, cycle) => sum + cycle.created, 0);
  const doubled = Object.entries(run.counts.histogram).filter(([requests]) => requests !== "2");
  const figures = run.cycles.flatMap((cycle, index) => {
    const label = `cycle ${index + 1}`;
    const feedsPerSecond = cycle.feeds / cycle.seconds;
    const scripts = (cycle.commands.get("evalsha") ?? 0) + (cycle.commands.get("eval") ?? 0);
    const commands = [...cycle.commands.values()].reduce((sum, calls) => sum + calls, 0);
    const items = `${cycle.items} items parsed (${Math.round(cycle.items / cycle.seconds)}/s), ${cycle.created} stories created, ${cycle.joined} joined, ${cycle.notModified} not modified`;
    return [
      figure(
        bench,
        `${label}: ${cycle.feeds}${cycle.complete ? "" : ` of ${run.feeds} (deadline)`} feeds polled in`,
        cycle.seconds,
        "s",
        {
          reference: { name: "polling interval", value: INTERVAL_S, unit: "s" },
          goal: "< 1",
          note: items,
        },
      ),
      figure(bench, `${label}: feeds/s`, feedsPerSecond, "feeds/s", {
        reference: { name: "bare fetch", value: run.reference.feedsPerSecond, unit: "feeds/s" },
      }),
      figure(bench, `${label}: worker CPU per feed`, (cycle.workerCpu * 1000) / cycle.feeds, "ms", {
        reference: { name: "bare fetch", value: run.reference.cpuMsPerFeed, unit: "ms" },
        note: `Redis CPU ${((cycle.redisCpu * 1000) / cycle.feeds).toFixed(2)} ms per feed`,
      }),
      figure(
        bench,
        `${label}: Lua script runs per item parsed`,
        scripts / Math.max(1, cycle.items),
        "calls",
        {
          note: `${Math.round(commands / Math.max(1, cycle.items))} Redis commands per item, scripts' own included`,
        },
      ),
    ];
  });
  figures.push(
    figure(bench, "Redis memory per story, end to end", run.redisBytes / stories, "B", {
      note: `${stories} stories; includes dedup index, feed status and queue`,
    }),
  );
  const failures = [...run.failures].map(([reason, count]) => `${count}× ${reason}`);
  if (run.cycles.length === 2 && run.cycles.every((cycle) => cycle.complete)) {
    const offCount = doubled.reduce((sum, [, feeds]) => sum + feeds, 0);
    figures.push(
      figure(bench, "feeds not requested exactly twice", offCount, "feeds", {
        note: "a cycle longer than the interval lets some feeds come round a third time",
      }),
    );
  }
  if (failures.length > 0) {
    figures.push(
      figure(bench, "polls failed for good", run.failures.size, "reasons", {
        note: failures.slice(0, 2).join("; "),
      }),
    );
  }
  return figures;
}
