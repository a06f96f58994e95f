import { type Figure, figure } from "./lib/figure.ts";
import { type Cycle, type CycleRun, runCycles } from "./poll/run-cycles.ts";

const INTERVAL_S = 60;
/**
 * `--quick` keeps the first cycle's 20-item feeds but gives the cycle run 2-item feeds: its new
 * feeds' ingest then takes minutes less on a busy machine, and a 304 costs the same either way.
 */
const FULL = { first: 2000, cycle: 10_000, cycleItems: 20 };
const QUICK = { first: 300, cycle: 500, cycleItems: 2 };

/** Redis commands of a cycle, all of them (scripts' own included), and the busiest few per poll. */
function commandsOf(cycle: Cycle) {
  const total = [...cycle.commands].reduce((sum, [name, calls]) => (name === "info" ? sum : sum + calls), 0);
  const busiest = [...cycle.commands]
    .filter(([name]) => name !== "info")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, calls]) => `${name} ${(calls / cycle.feeds).toFixed(1)}`)
    .join(", ");
  return { perPoll: total / Math.max(1, cycle.feeds), busiest };
}

const itemsNote = (cycle: Cycle) =>
  `${cycle.items} items stored, ${cycle.created} stories created, ${cycle.joined} joined, ${cycle.notModified} not modified`;

/** CPU per poll of a cycle, worker and Redis together, next to a bare fetch's. */
const cpuFigure = (bench: string, name: string, cycle: Cycle, reference: { name: string; value: number }) =>
  figure(bench, name, ((cycle.workerCpu + cycle.redisCpu) * 1000) / cycle.feeds, "ms", {
    reference: { ...reference, unit: "ms" },
    note: `worker ${((cycle.workerCpu * 1000) / cycle.feeds).toFixed(2)} ms + Redis ${((cycle.redisCpu * 1000) / cycle.feeds).toFixed(2)} ms per feed`,
  });

/** Issue 15's first figure: a first cycle over new feeds, end to end from the workers' start. */
function firstCycleFigures(bench: string, run: CycleRun): Figure[] {
  const cycle = run.cycles[0];
  if (!cycle) return [];
  const startUp = (cycle.startedAt - run.spawnedAt) / 1000;
  const endToEnd = startUp + cycle.seconds;
  const of = cycle.complete ? "" : ` (${cycle.feeds} by the deadline)`;
  return [
    figure(
      bench,
      `first cycle, ${run.feeds} new 20-item feeds${of}, incl. start-up`,
      cycle.feeds / endToEnd,
      "feeds/s",
      {
        reference: { name: "bare fetch", value: run.reference.feedsPerSecond, unit: "feeds/s" },
        goal: "≥ 100 feeds/s",
        note: `${endToEnd.toFixed(1)} s end to end, ${startUp.toFixed(1)} s of it start-up; ${itemsNote(cycle)}`,
      },
    ),
    cpuFigure(bench, "first cycle: CPU per new feed, worker + Redis", cycle, {
      name: "bare fetch",
      value: run.reference.cpuMsPerFeed,
    }),
  ];
}

/** Issue 15's cycle figures: a cycle of new feeds, then a warm one where every feed answers 304. */
function cycleFigures(bench: string, run: CycleRun, sizes: typeof FULL): Figure[] {
  const [fresh, warm] = run.cycles;
  const figures: Figure[] = [];
  const scaled = sizes === FULL ? "" : ` (goal for ${FULL.cycle.toLocaleString("en")})`;
  const late = (cycle: Cycle) => (cycle.complete ? "" : ` of ${run.feeds} (deadline)`);
  if (fresh) {
    figures.push(
      figure(
        bench,
        `cycle of ${fresh.feeds}${late(fresh)} new ${sizes.cycleItems}-item feeds`,
        fresh.seconds,
        "s",
        {
          reference: { name: "polling interval", value: INTERVAL_S, unit: "s" },
          goal: `≤ 90 s${scaled}`,
          note: `${(fresh.feeds / fresh.seconds).toFixed(1)} feeds/s; ${itemsNote(fresh)}`,
        },
      ),
    );
  }
  if (warm) {
    const commands = commandsOf(warm);
    const conditionalSeconds = warm.feeds / run.conditional.feedsPerSecond;
    figures.push(
      figure(bench, `warm cycle (all 304) of ${warm.feeds}${late(warm)} feeds`, warm.seconds, "s", {
        reference: { name: "bare conditional fetch", value: conditionalSeconds, unit: "s" },
        goal: `≤ 5 s${scaled}`,
        note: `${Math.round(warm.feeds / warm.seconds)} feeds/s; ${warm.notModified} not modified`,
      }),
      cpuFigure(bench, "CPU per 304 poll, worker + Redis", warm, {
        name: "bare conditional fetch",
        value: run.conditional.cpuMsPerFeed,
      }),
      figure(bench, "Redis commands per 304 poll", commands.perPoll, "commands", {
        note: `scripts' own included; busiest: ${commands.busiest}`,
      }),
    );
  }
  const stories = run.cycles.reduce((sum, cycle) => sum + cycle.created, 0);
  figures.push(
    figure(bench, "Redis memory per story, end to end", run.redisBytes / stories, "B", {
      note: `${stories} stories; includes dedup index, feed status and queue`,
    }),
  );
  if (run.cycles.length === 2 && run.cycles.every((cycle) => cycle.complete)) {
    const doubled = Object.entries(run.counts.histogram).filter(([requests]) => requests !== "2");
    figures.push(
      figure(
        bench,
        "feeds not requested exactly twice",
        doubled.reduce((sum, [, feeds]) => sum + feeds, 0),
        "feeds",
        {
          note: "a cycle longer than the interval lets some feeds come round a third time",
        },
      ),
    );
  }
  return figures;
}

function failureFigures(bench: string, runs: CycleRun[]): Figure[] {
  const failures = new Map<string, number>();
  for (const [reason, count] of runs.flatMap((run) => [...run.failures])) {
    failures.set(reason, (failures.get(reason) ?? 0) + count);
  }
  if (failures.size === 0) return [];
  const reasons = [...failures].map(([reason, count]) => `${count}× ${reason}`);
  return [
    figure(bench, "polls failed for good", failures.size, "reasons", {
      note: reasons.slice(0, 2).join("; "),
    }),
  ];
}

/**
 * Issue 15's figures, through real worker processes, their due-time schedule and a private Redis:
 * a first cycle over 2,000 new feeds counted from the workers' start (feeds/s), then a
 * cycle over 10,000 new feeds and a warm cycle where all of them answer 304 (seconds, CPU
 * and Redis commands per 304 poll), each against a bare fetch of the same feeds in the same
 * run. `--quick` polls 300 feeds, then 500 of 2 items.
 */
export async function benchPoll(options: { quick: boolean; workers?: number; profileDir?: string }) {
  const workers = options.workers ?? 1;
  const sizes = options.quick ? QUICK : FULL;
  const bench = `poll ×${workers}`;
  const first = await runCycles({
    feeds: sizes.first,
    workers,
    cycles: 1,
    changing: true,
    itemsPerFeed: 20,
    deadlineMs: options.quick ? 240_000 : 600_000,
  });
  const cycles = await runCycles({
    feeds: sizes.cycle,
    workers,
    cycles: 2,
    changing: false,
    itemsPerFeed: sizes.cycleItems,
    // Long enough for a slow cycle 1 to finish, so the warm cycle is measured too.
    deadlineMs: options.quick ? 300_000 : 900_000,
    profileDir: options.profileDir,
  });
  return [
    ...firstCycleFigures(bench, first),
    ...cycleFigures(bench, cycles, sizes),
    ...failureFigures(bench, [first, cycles]),
  ];
}
