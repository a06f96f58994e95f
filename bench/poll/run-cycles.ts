import { setTimeout as sleep } from "node:timers/promises";
import { dueKeys } from "../../src/jobs/due-feeds.ts";
import { connectRedis } from "../../src/store/redis.ts";
import { benchConfig } from "../lib/bench-config.ts";
import { cpuSeconds } from "../lib/proc.ts";
import { commandCalls, redisInfo, startPrivateRedis } from "../lib/redis-server.ts";
import { spawnWorker, writeConfig } from "../lib/worker-process.ts";
import { bareFetch } from "./bare-fetch.ts";
import { type FixtureCounts, startPollFixture } from "./fixture-process.ts";
import { type CycleTally, PollProgress } from "./progress.ts";

const PREFIX = "{bench}";
/** Longer than any cycle 1, so no feed comes round again before the bench calls cycle 2. */
const INTERVAL = "10m";

export interface Cycle extends CycleTally {
  /** False when the deadline came first: the figures then cover the polls done by then. */
  complete: boolean;
  /** From its first request, ms since the epoch. */
  startedAt: number;
  seconds: number;
  workerCpu: number;
  redisCpu: number;
  commands: Map<string, number>;
}

export interface CycleRun {
  feeds: number;
  /** When the worker processes were started, ms since the epoch: cycle 1's start-up counts from here. */
  spawnedAt: number;
  cycles: Cycle[];
  redisBytes: number;
  counts: FixtureCounts;
  failures: Map<string, number>;
  /** Bare fetches of the same feeds: full downloads, and conditional ones answered 304. */
  reference: { feedsPerSecond: number; cpuMsPerFeed: number };
  conditional: { feedsPerSecond: number; cpuMsPerFeed: number };
}

interface Mark {
  at: number;
  cpu: number;
  redis: number;
  commands: Map<string, number>;
}

function cycleOf(tally: CycleTally, complete: boolean, startedAt: number, before: Mark, after: Mark): Cycle {
  const commands = new Map(
    [...after.commands].map(([name, calls]) => [name, calls - (before.commands.get(name) ?? 0)]),
  );
  const endedAt = complete ? tally.lastAt : after.at;
  return {
    ...tally,
    complete,
    startedAt,
    seconds: (endedAt - startedAt) / 1000,
    workerCpu: after.cpu - before.cpu,
    redisCpu: after.redis - before.redis,
    commands,
  };
}

/**
 * `cycles` poll cycles (1 or 2) of `feeds` feeds, end to end through `workers` real worker
 * processes, the schedule and a private Redis; then the bare-fetch references.
 * Cycle 2 is called as soon as cycle 1 is done, every feed due at once. A
 * cycle gets `deadlineMs`; one that overruns is reported as far as it got. `changing` as the
 * fixture takes it (false: cycle 2 is all 304s). With `profileDir`, each worker writes a V8
 * CPU profile there when it stops.
 */
export async function runCycles(opts: {
  feeds: number;
  workers: number;
  cycles: 1 | 2;
  changing: boolean;
  itemsPerFeed: number;
  deadlineMs: number;
  profileDir?: string;
}): Promise<CycleRun> {
  const { feeds } = opts;
  const redisServer = await startPrivateRedis();
  const redis = connectRedis(redisServer.url);
  const fixture = await startPollFixture(feeds, opts.changing, opts.itemsPerFeed);
  const progress = new PollProgress(redisServer.url, PREFIX, feeds);
  const processes: ReturnType<typeof spawnWorker>[] = [];
  try {
    const empty = await redisInfo(redis);
    const mark = async (): Promise<Mark> => {
      const commands = await commandCalls(redis);
      // The bench's own reads of the poll counters are no poll's work.
      commands.set("hgetall", (commands.get("hgetall") ?? 0) - progress.probes);
      return {
        at: Date.now(),
        cpu: processes.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0),
        redis: (await redisInfo(redis)).cpuSeconds,
        commands,
      };
    };
    const marks = [await mark()];
    const configPath = writeConfig(benchConfig(feeds, fixture.url, INTERVAL));
    const profile = opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.profileDir}`] : [];
    const spawnedAt = Date.now();
    for (let index = 0; index < opts.workers; index++) {
      processes.push(spawnWorker({ configPath, redisUrl: redisServer.url, prefix: PREFIX }, profile));
    }
    const finished: boolean[] = [];
    for (let cycle = 1; cycle <= opts.cycles; cycle++) {
      if (cycle === 2) {
        if (!finished[0]) break;
        // Every feed falls due at once (every due time times 0), so the cycle measures how
        // fast the workers get through it, not how the schedules happened to be spread.
        const { due } = dueKeys(PREFIX);
        await redis.zunionstore(due, 1, due, "WEIGHTS", 0);
      }
      const deadline = new AbortController();
      const done = await Promise.race([
        progress.reached(cycle * feeds).then(() => true),
        sleep(opts.deadlineMs, false, { signal: deadline.signal }),
      ]);
      deadline.abort();
      finished.push(done);
      marks.push(await mark());
    }
    const counts = await fixture.counts();
    const redisBytes = (await redisInfo(redis)).usedMemory - empty.usedMemory;
    for (const worker of processes) await worker.stop();
    const urls = Array.from({ length: feeds }, (_, index) => `${fixture.url}/f/${index}`);
    const reference = await bareFetch(urls, 32);
    // Every feed's first version carries this ETag, so the fixture answers 304 to all of them.
    const conditional = await bareFetch(urls, 32, { etag: '"v1"', lastModified: null });
    const cycles = finished.map((complete, index) =>
      cycleOf(
        progress.cycles[index] ?? { feeds: 0, items: 0, created: 0, joined: 0, notModified: 0, lastAt: 0 },
        complete,
        counts.firstAt[index] ?? marks[0]?.at ?? 0,
        marks[index] as Mark,
        marks[index + 1] as Mark,
      ),
    );
    return {
      feeds,
      spawnedAt,
      cycles,
      redisBytes,
      counts,
      failures: progress.failures,
      reference,
      conditional,
    };
  } finally {
    for (const worker of processes) await worker.stop();
    await progress.close();
    await fixture.stop();
    redis.disconnect();
    await redisServer.stop();
  }
}
