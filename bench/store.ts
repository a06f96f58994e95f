import { connectRedis } from "../src/store/redis.ts";
import { figure } from "./lib/figure.ts";
import { startPrivateRedis } from "./lib/redis-server.ts";
import { ingestOneByOne, ingestPipelined } from "./store/ingest.ts";
import { storeMemory } from "./store/memory.ts";
import { corpusReports } from "./store/reports.ts";
import { retentionRun } from "./store/retention.ts";

const BENCH = "store";

/** Issue 7, figure 4: memory per story, pipelined against one-at-a-time ingest, flat memory under retention. */
export async function benchStore(options: { quick: boolean }) {
  const feeds = options.quick ? 200 : 1000;
  const now = new Date();
  const reports = corpusReports(feeds, 20, now);
  const server = await startPrivateRedis();
  const piped = connectRedis(server.url);
  const single = connectRedis(server.url, { enableAutoPipelining: false });
  try {
    const memory = await storeMemory(piped, reports, now);
    const sample = reports.slice(0, options.quick ? 2000 : 10_000);
    const oneByOne = await ingestOneByOne(single, sample, now);
    const pipelined = await ingestPipelined(piped, sample, now);
    // 10% of the run spans three retention periods, so the early sample is already steady.
    const durationMs = options.quick ? 12_000 : 30_000;
    const run = await retentionRun(piped, reports, {
      durationMs,
      retentionMs: durationMs / 30,
      itemsPerSecond: 2000,
    });
    return [
      figure(
        BENCH,
        `Redis memory per story (${memory.stories} stories, with indexes)`,
        memory.bytesPerStory,
        "B",
        {
          reference: { name: "its JSON", value: memory.jsonBytesPerStory, unit: "B" },
        },
      ),
      figure(BENCH, "ingest, pipelined (256 saves in flight)", pipelined, "items/s", {
        reference: { name: "one command at a time", value: oneByOne, unit: "items/s" },
      }),
      figure(
        BENCH,
        `retention: used_memory at 100% of a compressed run (${run.saved} items)`,
        run.late,
        "B",
        {
          reference: { name: "at 10%", value: run.early, unit: "B" },
          goal: "≈ 1 (flat)",
          note: `retention ${durationMs / 30} ms, 2,000 items/s, sweep 5× per retention`,
        },
      ),
    ];
  } finally {
    piped.disconnect();
    single.disconnect();
    await server.stop();
  }
}
