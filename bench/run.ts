/**
 * `npm run bench [-- --quick] [-- --only parse,poll] [-- --profile DIR]`: runs every
 * benchmark in turn and prints one Markdown table. Each figure sits next to a reference
 * measured in the same run, because these machines are shared and noisy.
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { benchDedup } from "./dedup.ts";
import { benchIngest } from "./ingest.ts";
import { type Figure, figure, table } from "./lib/figure.ts";
import { benchParse } from "./parse.ts";
import { benchPoll } from "./poll.ts";
import { benchSchedules } from "./schedules.ts";
import { benchServe } from "./serve.ts";
import { benchStore } from "./store.ts";
import { benchTag } from "./tag.ts";
import { benchThreadMemory } from "./thread-memory.ts";
import { benchWorkerMemory } from "./worker-memory.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    profile: { type: "string" },
  },
});
const quick = values.quick ?? false;
// Exit handlers (which stop the benches' private redis-servers) run on Ctrl-C too.
process.once("SIGINT", () => process.exit(130));

/** The other helpers' benches report a flat record; numbers become figures, text their notes. */
function fromRecord(bench: string, record: Record<string, number | string>): Figure[] {
  const note = Object.entries(record)
    .filter(([, value]) => typeof value === "string")
    .map(([key, value]) => `${key}: ${value}`)
    .join("; ");
  return Object.entries(record)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .map(([key, value], index) => figure(bench, key, value, "", index === 0 && note ? { note } : {}));
}

const BENCHES: [string, () => Promise<Figure[]>][] = [
  ["parse", () => benchParse({ quick })],
  ["tag", () => benchTag({ quick })],
  ["dedup", () => benchDedup(quick ? { small: 2000, large: 20_000 } : { small: 10_000, large: 1_000_000 })],
  ["store", () => benchStore({ quick })],
  ["ingest", () => benchIngest({ quick, profileDir: values.profile })],
  ["schedules", () => benchSchedules({ quick })],
  ["poll", () => benchPoll({ quick, workers: 1, profileDir: values.profile })],
  ["poll2", () => benchPoll({ quick, workers: 2 })],
  ["memory", () => benchWorkerMemory({ quick })],
  ["threads", () => benchThreadMemory()],
  ["serve", async () => fromRecord("serve", await benchServe())],
];

function machine(): string {
  const redis = execFileSync("redis-server", ["--version"], { encoding: "utf8" }).trim();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${memory}, node ${process.version}, ${redis}`;
}

const only = values.only?.split(",");
const rows: Figure[] = [];
const started = Date.now();
for (const [name, run] of BENCHES) {
  if (only && !only.includes(name)) continue;
  const at = Date.now();
  process.stderr.write(`bench ${name}…\n`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    rows.push(figure(name, "FAILED", Number.NaN, "", { note: (error as Error).message.split("\n")[0] }));
  }
  process.stderr.write(`bench ${name} done in ${Math.round((Date.now() - at) / 1000)} s\n`);
}
console.log(
  `${machine()}; ${quick ? "--quick, " : ""}${Math.round((Date.now() - started) / 1000)} s in all\n`,
);
console.log(table(rows));
