import { pino } from "pino";
import { validateConfig } from "../src/setup/load-config.ts";
import { connectRedis } from "../src/store/redis.ts";
import { type PollOutcome, pollFeed } from "../workers/poll.ts";
import { createPollDeps } from "../workers/worker.ts";
import { benchConfig } from "./lib/bench-config.ts";
import { figure } from "./lib/figure.ts";
import { profiled } from "./lib/in-process-profile.ts";
import { commandCalls, redisInfo, startPrivateRedis } from "./lib/redis-server.ts";
import { bareFetch } from "./poll/bare-fetch.ts";
import { startPollFixture } from "./poll/fixture-process.ts";

const BENCH = "ingest";
const PREFIX = "{bench}";

interface Cost {
  feeds: number;
  newItems: number;
  workerMs: number;
  redisMs: number;
  commands: number;
}

/**
 * The cost of one poll that stores something, without the queue around it: `pollFeed` run in
 * this process, one feed at a time, against a private Redis and the poll bench's fixture
 * server (its own process). With `profileDir`, each measured phase writes a CPU profile there. First every feed's 20 new items, then the feeds whose next
 * document carries 2 new items of 20 (one in ten), then the other nine in ten, which answer 304. CPU is this process's and Redis'; Redis
 * commands (scripts' own included) come from INFO commandstats deltas, so nothing like MONITOR slows the run.
 */
export async function benchIngest(options: { quick: boolean; profileDir?: string }) {
  const feeds = options.quick ? 200 : 600;
  const redisServer = await startPrivateRedis();
  const redis = connectRedis(redisServer.url);
  const fixture = await startPollFixture(feeds);
  try {
    const config = validateConfig(benchConfig(feeds, fixture.url), "bench");
    const deps = createPollDeps(config, { redis, prefix: PREFIX, log: pino({ level: "silent" }) });
    const measure = async (ids: string[], expected: PollOutcome["kind"] = "stored"): Promise<Cost> => {
      const commandsBefore = await commandCalls(redis);
      const redisBefore = (await redisInfo(redis)).cpuSeconds;
      const cpuBefore = process.cpuUsage();
      let newItems = 0;
      for (const id of ids) {
        const outcome = await pollFeed(deps, id, false);
        if (outcome.kind !== expected) throw new Error(`${id}: ${JSON.stringify(outcome)}`);
        if (outcome.kind === "stored") newItems += outcome.created + outcome.joined;
      }
      const cpu = process.cpuUsage(cpuBefore);
      const redisAfter = (await redisInfo(redis)).cpuSeconds;
      const commandsAfter = await commandCalls(redis);
      // The marks' own INFO calls are no part of the polls.
      const commands = [...commandsAfter]
        .filter(([name]) => name !== "info")
        .reduce((sum, [name, calls]) => sum + calls - (commandsBefore.get(name) ?? 0), 0);
      return {
        feeds: ids.length,
        newItems,
        workerMs: (cpu.user + cpu.system) / 1000,
        redisMs: (redisAfter - redisBefore) * 1000,
        commands,
      };
    };
    const all = Array.from({ length: feeds }, (_, index) => `f${index}`);
    // The first polls load the tagger's tables and warm the JIT: a worker does that once.
    const warm = feeds / 20;
    await measure(all.slice(0, warm));
    const phase = <T>(name: string, work: () => Promise<T>) =>
      profiled(options.profileDir, `ingest-${name}`, work);
    const fresh = await phase("new", () => measure(all.slice(warm)));
    const changed = await phase("changed", () => measure(all.filter((_, index) => index % 10 === 3)));
    const steadyIds = all.filter((_, index) => index % 10 !== 3);
    // A 304 costs little, so five rounds of them make a sample worth timing.
    const steady = await measure(Array.from({ length: 5 }, () => steadyIds).flat(), "not-modified");
    // Every unchanged feed still carries its first ETag, so the fixture answers these 304.
    const urls = steadyIds.map((id) => `${fixture.url}/f/${id.slice(1)}`);
    const conditional = await bareFetch(urls, 1, { etag: '"v1"', lastModified: null });
    const perFeed = (cost: Cost) => (cost.workerMs + cost.redisMs) / cost.feeds;
    const note = (cost: Cost) =>
      `worker ${(cost.workerMs / cost.feeds).toFixed(2)} ms + Redis ${(cost.redisMs / cost.feeds).toFixed(2)} ms per feed; ${cost.feeds} feeds, ${cost.newItems} new items`;
    return [
      figure(BENCH, "CPU per new 20-item feed (worker + Redis)", perFeed(fresh), "ms", {
        goal: "≤ 12",
        note: note(fresh),
      }),
      figure(BENCH, "CPU per changed feed, 2 new items of 20", perFeed(changed), "ms", {
        reference: { name: "a new 20-item feed", value: perFeed(fresh), unit: "ms" },
        goal: "≤ 3 ms",
        note: note(changed),
      }),
      figure(BENCH, "CPU per 304 poll, pollFeed alone (worker + Redis)", perFeed(steady), "ms", {
        reference: { name: "bare conditional fetch", value: conditional.cpuMsPerFeed, unit: "ms" },
        note: note(steady),
      }),
      figure(
        BENCH,
        "Redis commands per 304 poll, pollFeed alone",
        steady.commands / steady.feeds,
        "commands",
      ),
      figure(BENCH, "Redis commands per new item, new feeds", fresh.commands / fresh.newItems, "commands", {
        goal: "≤ 20",
        note: "scripts' own commands included",
      }),
      figure(
        BENCH,
        "Redis commands per new item, changed feeds",
        changed.commands / changed.newItems,
        "commands",
        {
          goal: "≤ 20",
        },
      ),
    ];
  } finally {
    redis.disconnect();
    await fixture.stop();
    await redisServer.stop();
  }
}
