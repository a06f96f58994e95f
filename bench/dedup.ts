import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { eventFeatures } from "../src/dedup/event-features.ts";
import { MemoryEventIndex } from "../src/dedup/event-memory-index.ts";
import { MemoryStoryIndex } from "../src/dedup/memory-index.ts";
import { SharedStoryIndex } from "../src/dedup/shared-index.ts";
import type { DedupCandidate, StoryIndex } from "../src/dedup/story-index.ts";
import { NO_TAGS } from "../src/model/tags.ts";
import { connectRedis } from "../src/store/redis.ts";
import { type Figure, figure } from "./lib/figure.ts";
import { commandCalls, redisInfo, startPrivateRedis } from "./lib/redis-server.ts";

const WINDOW_MS = 3 * 86_400_000;
const PREFIX = "{bench}";
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

/** The probes of one round, made before its clock starts: half copies of stored stories, half new. */
function probeItems(size: number, choose: Random, round: string) {
  return Array.from({ length: PROBES }, (_, n) => {
    const original = story(Math.floor(choose() * size), size);
    const id = `${round}-${n}`;
    if (n % 2 === 0) return { item: rewrite(original, id, n + 1), copyOf: original.itemId };
    return { item: { ...story(size + n, size), itemId: id, canonicalUrl: null }, copyOf: null };
  });
}

/** What a probe reads besides the clock; each index kind has its own. */
interface Meters {
  /** Work counted so far, in units that do not depend on the machine. */
  work(): Promise<number>;
  /** CPU seconds the Redis server has used so far (none for the in-memory index). */
  serverCpu(): Promise<number>;
  /**
   * What the machine alone charges for a bigger data set, in ns per read: random reads of a
   * structure as large as the index at this size, right after probing it. An index whose cost
   * grows no faster than this has no growth of its own.
   */
  reference(size: number): Promise<number>;
}

/**
 * Cost of one assignment, made one at a time. The machine is shared, so each size is probed in
 * three rounds and the cheapest counts, after a first round that only warms the JIT and caches.
 * CPU time of this process is the in-memory cost, wall time the Redis one (it includes the server).
 */
async function probe(index: StoryIndex, meters: Meters, size: number, label: string) {
  const choose = random(size);
  const rounds: { cpu: number; wall: number; work: number; serverCpu: number; joined: number }[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    const items = probeItems(size, choose, `${label}-${r}`);
    const [workBefore, serverBefore] = [await meters.work(), await meters.serverCpu()];
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    let joined = 0;
    for (const { item, copyOf } of items) {
      const assignment = await index.assign(item, NOW);
      if (assignment.storyId === copyOf) joined += 1;
    }
    const cpu = process.cpuUsage(cpuBefore);
    const wall = ((performance.now() - wallBefore) * 1000) / PROBES;
    rounds.push({
      cpu: (cpu.user + cpu.system) / PROBES,
      wall,
      work: ((await meters.work()) - workBefore) / PROBES,
      serverCpu: (((await meters.serverCpu()) - serverBefore) * 1e6) / PROBES,
      joined,
    });
  }
  const measured = rounds.slice(1);
  const mean = (of: (round: (typeof measured)[number]) => number) =>
    measured.reduce((sum, round) => sum + of(round), 0) / ROUNDS;
  return {
    work: mean((r) => r.work),
    serverCpuMicros: mean((r) => r.serverCpu),
    cpuMicros: Math.min(...measured.map((r) => r.cpu)),
    wallMicros: Math.min(...measured.map((r) => r.wall)),
    joinRate: mean((r) => r.joined) / (PROBES / 2),
    referenceNanos: await meters.reference(size),
  };
}

/** Bucket entries read plus stored reports compared, as the index counts them; a plain Map for reference. */
function memoryMeters(index: MemoryStoryIndex): Meters {
  return {
    work: async () => index.work.bucketEntriesRead + index.work.membersCompared,
    serverCpu: async () => 0,
    reference: async (size) => {
      const map = new Map<number, { at: number }>();
      for (let n = 0; n < size; n++) map.set(n * 7919, { at: n });
      const next = random(size);
      let sum = 0;
      const started = performance.now();
      for (let read = 0; read < REFERENCE_READS; read++) {
        sum += map.get(Math.floor(next() * size) * 7919)?.at ?? 0;
      }
      const nanos = ((performance.now() - started) * 1e6) / REFERENCE_READS;
      // Reading the sum keeps the loop from being optimised away.
      return sum >= 0 ? nanos : Number.NaN;
    },
  };
}

/** Commands Redis ran (the scripts' own included) and its CPU; random key reads for reference. */
function redisMeters(redis: Redis): Meters {
  return {
    work: async () => {
      const calls = await commandCalls(redis);
      calls.delete("info");
      return [...calls.values()].reduce((sum, n) => sum + n, 0);
    },
    serverCpu: async () => (await redisInfo(redis)).cpuSeconds,
    // Inside the server, so the figure is its key lookups rather than this client's overhead.
    reference: async (size) => {
      const started = performance.now();
      await redis.eval(RANDOM_READS, 0, `${PREFIX}:dedup:s:s`, size, REFERENCE_READS);
      return ((performance.now() - started) * 1e6) / REFERENCE_READS;
    },
  };
}

/** ARGV: the story key without its number, how many stories, how many reads. */
const RANDOM_READS = `for _ = 1, tonumber(ARGV[3]) do
  redis.call("EXISTS", ARGV[1] .. math.random(0, tonumber(ARGV[2]) - 1))
end`;

const REFERENCE_READS = 200_000;

async function secondsOf(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function growAndProbe(index: StoryIndex, meters: Meters, sizes: DedupSizes) {
  // Only the fill is timed, not the probe between its two parts.
  let fillSeconds = await secondsOf(() => fill(index, 0, sizes.small));
  const small = await probe(index, meters, sizes.small, "small");
  fillSeconds += await secondsOf(() => fill(index, sizes.small, sizes.large));
  const large = await probe(index, meters, sizes.large, "large");
  return { small, large, fillSeconds };
}

async function probeRedisIndex(sizes: DedupSizes) {
  const server = await startPrivateRedis();
  const redis = connectRedis(server.url);
  try {
    const empty = (await redisInfo(redis)).usedMemory;
    const index = new SharedStoryIndex(redis, { prefix: PREFIX, windowMs: WINDOW_MS });
    const probed = await growAndProbe(index, redisMeters(redis), sizes);
    const storiesHeld = sizes.large + 2 * (ROUNDS + 1) * PROBES;
    return { ...probed, bytesPerStory: ((await redisInfo(redis)).usedMemory - empty) / storiesHeld };
  } finally {
    redis.disconnect();
    await server.stop();
  }
}

/** In a function of its own, so its gigabytes of heap are garbage once it returns. */
async function probeMemoryIndex(sizes: DedupSizes) {
  const index = new MemoryStoryIndex({ windowMs: WINDOW_MS });
  const probed = await growAndProbe(index, memoryMeters(index), sizes);
  return { ...probed, heapMb: process.memoryUsage().heapUsed / 2 ** 20 };
}

/** A story's event features from its first report, as the ingest pipeline makes them. */
function eventStory(candidate: DedupCandidate) {
  return eventFeatures({
    storyId: candidate.itemId,
    title: candidate.title,
    summary: candidate.summary,
    language: candidate.language,
    at: Date.parse(candidate.published),
    tags: NO_TAGS,
  });
}

/**
 * Issue 18: the cost of assigning one new story to an event, with `size` stories filed in the
 * event index, one at a time like the story probes: half are rewrites of stored stories (they
 * share names and words with an event), half new. Fingerprinting the features is included.
 */
function probeEventIndex(index: MemoryEventIndex, size: number) {
  for (let n = 0; n < size; n++) index.assign(eventStory(story(n, size)), NOW);
  const choose = random(size + 1);
  const rounds: { cpu: number; wall: number }[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    const items = probeItems(size, choose, `event-${r}`);
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (const { item } of items) index.assign(eventStory(item), NOW);
    const cpu = process.cpuUsage(cpuBefore);
    rounds.push({
      cpu: (cpu.user + cpu.system) / PROBES,
      wall: ((performance.now() - wallBefore) * 1000) / PROBES,
    });
  }
  const measured = rounds.slice(1);
  return {
    cpuMicros: Math.min(...measured.map((r) => r.cpu)),
    wallMicros: Math.min(...measured.map((r) => r.wall)),
  };
}

function probeEvents(size: number) {
  const memoryIndex = new MemoryEventIndex({ windowMs: WINDOW_MS });
  const memory = probeEventIndex(memoryIndex, size);
  const comparedPerStory = memoryIndex.work.membersCompared / memoryIndex.work.assignments;
  return { memory, comparedPerStory };
}

export interface DedupSizes {
  small: number;
  large: number;
}

const count = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/**
 * Issue 4: the cost of one dedup assignment at 10k and at 1M stored stories, in the Redis
 * index the service uses and in the in-memory one of the offline `sitrep dedup` command.
 */
export async function benchDedup(sizes: DedupSizes): Promise<Figure[]> {
  const [small, large] = [count(sizes.small), count(sizes.large)];
  type Probed = Awaited<ReturnType<typeof growAndProbe>>;
  /** One quantity at the large size against the same at the small one. */
  const grows = (
    of: Probed,
    name: string,
    unit: string,
    pick: (p: Probed["small"]) => number,
    goal?: string,
  ) =>
    figure("dedup", `${name} at ${large} stories`, pick(of.large), unit, {
      reference: { name: `at ${small}`, value: pick(of.small), unit },
      ...(goal ? { goal } : {}),
    });

  // The Redis index first, while this process's heap is small: the in-memory index leaves
  // gigabytes of garbage that would be collected during the Redis probes.
  const stored = await probeRedisIndex(sizes);
  const memory = await probeMemoryIndex(sizes);
  const events = probeEvents(sizes.small);
  const beside = (name: string, value: number) => ({ reference: { name, value, unit: "µs" } });
  return [
    {
      ...grows(stored, "Redis index, wall time per item", "µs", (p) => p.wallMicros, "≈ 1"),
      note: `${ROUNDS}×${PROBES} probes per size, one at a time, after a warm-up round; cheapest round; half copies, half new`,
    },
    grows(stored, "Redis index, this process's CPU per item", "µs", (p) => p.cpuMicros, "≈ 1"),
    grows(stored, "Redis index, Redis CPU per item", "µs", (p) => p.serverCpuMicros),
    grows(stored, "Redis index, Redis commands per item (scripts' own included)", "", (p) => p.work, "≈ 1"),
    grows(stored, "the machine: one random key read in the Redis index", "ns", (p) => p.referenceNanos),
    figure("dedup", "Redis index, memory per story in the window", stored.bytesPerStory, "B"),
    figure("dedup", `Redis index, filled to ${large} stories, 32 in flight`, stored.fillSeconds, "s", {
      note: `${Math.round(sizes.large / stored.fillSeconds)} items/s`,
    }),
    {
      ...grows(memory, "in-memory index, CPU per item", "µs", (p) => p.cpuMicros),
      note: `heap ${Math.round(memory.heapMb)} MB at ${large}`,
    },
    grows(
      memory,
      "in-memory index, entries read + reports compared per item",
      "",
      (p) => p.work,
      "≤ 320 (the cap)",
    ),
    grows(
      memory,
      "the machine: one random read of a Map as large as the index",
      "ns",
      (p) => p.referenceNanos,
    ),
    figure("dedup", "copies of stored stories joined to them (Redis)", stored.large.joinRate, "", {
      note: `in-memory ${memory.large.joinRate.toFixed(3)}`,
    }),
    figure(
      "dedup",
      `event assignment, in-memory index, CPU per story at ${small} stories`,
      events.memory.cpuMicros,
      "µs",
      {
        ...beside("story dedup, in-memory, CPU per item", memory.small.cpuMicros),
        note: `${events.comparedPerStory.toFixed(1)} event members compared per story (cap 8 events × 16)`,
      },
    ),
  ];
}
