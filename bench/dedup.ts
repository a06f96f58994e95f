import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";
import { MemoryStoryIndex } from "../src/dedup/memory-index.ts";
import { RedisStoryIndex } from "../src/dedup/redis-index.ts";
import type { DedupCandidate, StoryIndex } from "../src/dedup/story-index.ts";
import { connectRedis } from "../src/store/redis.ts";
import { redisInfo, startPrivateRedis } from "./lib/redis-server.ts";

const WINDOW_MS = 3 * 86_400_000;
const T0 = Date.parse("2026-05-04T00:00:00.000Z");
/** Stored stories span half a window, so none expires during a run and probes see them all. */
const NOW = new Date(T0 + WINDOW_MS / 2);
const PROBES = 1000;
const ROUNDS = 3;

/** mulberry32: a seeded generator, so every run stores and probes the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "bdfgklmnprstvz"
  .split("")
  .flatMap((consonant) => [..."aeiou"].map((vowel) => consonant + vowel));

type Random = () => number;
const pick = <T>(next: Random, list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
const invent = (next: Random, syllables: number) =>
  Array.from({ length: syllables }, () => pick(next, SYLLABLES)).join("");
const COMMON = ((next) => Array.from({ length: 300 }, () => invent(next, 2)))(random(1));

/**
 * News-like text from invented words: 40% come from 300 words every report shares (as "killed"
 * or "police" do), so bands of common words fill up as real ones would; the rest are rare, some
 * capitalised as names. Text n is a function of n alone, so a probe can rewrite any stored story.
 */
function words(seed: number) {
  const next = random(seed);
  return () => {
    if (next() < 0.4) return pick(next, COMMON);
    const rare = invent(next, 3 + Math.floor(next() * 2));
    return next() < 0.3 ? `${rare[0]?.toUpperCase()}${rare.slice(1)}` : rare;
  };
}

function story(n: number, size: number): DedupCandidate {
  const word = words(n * 7919 + 13);
  const sentence = (count: number) => Array.from({ length: count }, word).join(" ");
  return {
    itemId: `s${n}`,
    guid: `s${n}`,
    canonicalUrl: `https://bench.example/s${n}`,
    feedId: `feed-${n % 50}`,
    title: sentence(8),
    summary: `${sentence(14)}. ${sentence(12)}.`,
    language: "en",
    published: new Date(T0 + Math.floor((n / size) * (WINDOW_MS / 2))).toISOString(),
  };
}

/** Another outlet's copy of a story: a word added to the headline, two words of the lead changed. */
function rewrite(of: DedupCandidate, id: string, seed: number): DedupCandidate {
  const next = random(seed);
  const lead = of.summary.split(" ");
  lead[3] = pick(next, COMMON);
  lead[17] = pick(next, COMMON);
  const title = `${pick(next, COMMON)} ${of.title}`;
  return { ...of, itemId: id, guid: id, canonicalUrl: null, title, summary: lead.join(" ") };
}

/** Grows an index to `size` stories, 32 assignments in flight as a pool of workers would have. */
async function fill(index: StoryIndex, from: number, size: number) {
  for (let start = from; start < size; start += 32) {
    const batch = Array.from({ length: Math.min(32, size - start) }, (_, offset) => start + offset);
    await Promise.all(batch.map((n) => index.assign(story(n, size), NOW)));
  }
}

/**
 * Cost of one assignment, made one at a time: half copies of stored stories, half new ones.
 * The machine is shared, so each size is probed in three rounds and the cheapest round counts;
 * CPU time of this process is the in-memory cost, wall time the Redis one (it includes the server).
 */
async function probe(index: StoryIndex, size: number, round: string) {
  const choose = random(size);
  const rounds: { cpu: number; wall: number }[] = [];
  const workBefore = workDone(index);
  let joined = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (let n = 0; n < PROBES; n++) {
      const original = story(Math.floor(choose() * size), size);
      const id = `${round}-${r}-${n}`;
      const copy = n % 2 === 0;
      const item = copy
        ? rewrite(original, id, n + 1)
        : { ...story(size + n, size), itemId: id, canonicalUrl: null };
      const assignment = await index.assign(item, NOW);
      if (copy && assignment.storyId === original.itemId) joined += 1;
    }
    const cpu = process.cpuUsage(cpuBefore);
    rounds.push({
      cpu: (cpu.user + cpu.system) / PROBES,
      wall: ((performance.now() - wallBefore) * 1000) / PROBES,
    });
  }
  return {
    work: (workDone(index) - workBefore) / (ROUNDS * PROBES),
    cpuMicros: Math.min(...rounds.map((r) => r.cpu)),
    wallMicros: Math.min(...rounds.map((r) => r.wall)),
    joinRate: joined / ((ROUNDS * PROBES) / 2),
  };
}

/** Bucket entries read plus stored reports compared: the in-memory index counts them. */
function workDone(index: StoryIndex): number {
  return index instanceof MemoryStoryIndex ? index.work.bucketEntriesRead + index.work.membersCompared : 0;
}

async function growAndProbe(index: StoryIndex, sizes: [number, number]) {
  await fill(index, 0, sizes[0]);
  const small = await probe(index, sizes[0], "small");
  await fill(index, sizes[0], sizes[1]);
  const large = await probe(index, sizes[1], "large");
  return { small, large };
}

/**
 * Issue 4: the cost of one dedup assignment at 10k and at many more stored stories. The
 * in-memory index goes to 1M; the Redis one to 100k (1M would hold ~60M keys in the bench Redis).
 */
export async function benchDedup(
  sizes = { small: 10_000, memoryLarge: 1_000_000, redisLarge: 100_000 },
): Promise<Record<string, number | string>> {
  const memory = await growAndProbe(new MemoryStoryIndex({ windowMs: WINDOW_MS }), [
    sizes.small,
    sizes.memoryLarge,
  ]);
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

  const server = await startPrivateRedis();
  const redis = connectRedis(server.url);
  try {
    const empty = (await redisInfo(redis)).usedMemory;
    const index = new RedisStoryIndex(redis, { prefix: "{bench}", windowMs: WINDOW_MS });
    const stored = await growAndProbe(index, [sizes.small, sizes.redisLarge]);
    const bytesPerStory =
      ((await redisInfo(redis)).usedMemory - empty) / (sizes.redisLarge + 2 * ROUNDS * PROBES);
    return {
      [`memory: CPU µs/item at ${sizes.small} stories`]: round(memory.small.cpuMicros),
      [`memory: CPU µs/item at ${sizes.memoryLarge} stories`]: round(memory.large.cpuMicros),
      "memory: ratio large/small": round(memory.large.cpuMicros / memory.small.cpuMicros),
      [`memory: entries read + reports compared per item at ${sizes.small}`]: round(memory.small.work),
      [`memory: entries read + reports compared per item at ${sizes.memoryLarge}`]: round(memory.large.work),
      [`memory: heap MB at ${sizes.memoryLarge} stories`]: Math.round(heapMb),
      [`redis: µs/item at ${sizes.small} stories`]: round(stored.small.wallMicros),
      [`redis: µs/item at ${sizes.redisLarge} stories`]: round(stored.large.wallMicros),
      "redis: ratio large/small": round(stored.large.wallMicros / stored.small.wallMicros),
      "redis: bytes/story": Math.round(bytesPerStory),
      "copies joined (memory, redis)": `${memory.large.joinRate}, ${stored.large.joinRate}`,
      note: `${ROUNDS}×${PROBES} probes per size, one at a time, cheapest round; half copies, half new`,
    };
  } finally {
    redis.disconnect();
    await server.stop();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A million stories need more heap than Node's default 4 GB; a direct run restarts itself with 12 GB. */
const HEAP_MB = 12_288;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (getHeapStatistics().heap_size_limit < HEAP_MB * 2 ** 20) {
    const args = [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, ...process.argv.slice(1)];
    const child = spawnSync(process.execPath, args, { stdio: "inherit" });
    process.exitCode = child.status ?? 1;
  } else {
    console.table(await benchDedup());
  }
}
