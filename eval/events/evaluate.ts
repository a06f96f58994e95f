/**
 * `npm run eval:events`: runs `sitrep dedup` over each labelled day (reports in time order,
 * the in-memory index, the default window) and prints B-cubed precision, recall and F1 of its
 * stories, and of its events, against the hand labels — the development part and the unseen
 * part apart. Until dedup prints events, each story is scored as its own event.
 * `-- --day <day>` limits the run to one day; `-- --detail` also lists, per day, how the larger
 * labelled events were split and every found event that mixes labelled ones.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { parseArgs } from "node:util";
import { dedupCommand } from "../../src/cli/dedup.ts";
import { bcubed, type Scores } from "./bcubed.ts";
import { EVAL_DATA, type Label, readLabels } from "./labels.ts";

interface Clustered {
  id: string;
  story: string;
  event?: string;
}

/** The dedup command itself, driven through in-memory streams, so the figures are its figures. */
async function runDedup(lines: string[]): Promise<Clustered[]> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  stdin.end(lines.map((line) => `${line}\n`).join(""));
  const code = await dedupCommand([], { stdin, stdout, stderr: process.stderr });
  if (code !== 0) throw new Error(`sitrep dedup exited with ${code}`);
  stdout.end();
  let text = "";
  for await (const chunk of stdout) text += chunk;
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Clustered);
}

interface Row {
  part: string;
  reports: number;
  goldStories: number;
  stories: number;
  goldEvents: number;
  events: number;
  story: Scores;
  event: Scores;
}

const count = (ids: readonly string[], labels: ReadonlyMap<string, string>) =>
  new Set(ids.map((id) => labels.get(id))).size;

function score(part: string, ids: string[], predicted: Clustering, gold: Clustering): Row {
  return {
    part,
    reports: ids.length,
    goldStories: count(ids, gold.story),
    stories: count(ids, predicted.story),
    goldEvents: count(ids, gold.event),
    events: count(ids, predicted.event),
    story: bcubed(ids, predicted.story, gold.story),
    event: bcubed(ids, predicted.event, gold.event),
  };
}

interface Clustering {
  story: Map<string, string>;
  event: Map<string, string>;
}

/** Micro-averages rows over their reports (cluster counts are summed: days share no cluster). */
function total(part: string, rows: Row[]): Row {
  const reports = rows.reduce((sum, row) => sum + row.reports, 0);
  const mean = (pick: (row: Row) => Scores): Scores => {
    const precision = rows.reduce((sum, row) => sum + pick(row).precision * row.reports, 0) / reports;
    const recall = rows.reduce((sum, row) => sum + pick(row).recall * row.reports, 0) / reports;
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  };
  const sum = (pick: (row: Row) => number) => rows.reduce((acc, row) => acc + pick(row), 0);
  return {
    part,
    reports,
    goldStories: sum((row) => row.goldStories),
    stories: sum((row) => row.stories),
    goldEvents: sum((row) => row.goldEvents),
    events: sum((row) => row.events),
    story: mean((row) => row.story),
    event: mean((row) => row.event),
  };
}

/** Where the larger labelled events went, and the found events that mix labelled ones. */
function detail(day: string, input: string[], found: Map<string, string>, gold: Map<string, string>): string {
  const titles = new Map(
    input
      .map((line) => JSON.parse(line) as { id: string; title: string })
      .map((item) => [item.id, item.title]),
  );
  const group = (of: Map<string, string>) => {
    const groups = new Map<string, string[]>();
    for (const id of titles.keys()) {
      const key = of.get(id) as string;
      groups.set(key, [...(groups.get(key) ?? []), id]);
    }
    return groups;
  };
  const out = [`## ${day}`];
  for (const [event, ids] of group(gold)) {
    if (ids.length < 4) continue;
    const parts = new Set(ids.map((id) => found.get(id)));
    out.push(`${event}: ${ids.length} reports -> ${parts.size} found events`);
  }
  for (const [event, ids] of group(found)) {
    const labelled = new Set(ids.map((id) => gold.get(id)));
    if (labelled.size < 2) continue;
    out.push(`mixed ${event}:`, ...ids.map((id) => `  ${gold.get(id)} | ${titles.get(id)}`));
  }
  return `${out.join("\n")}\n`;
}

const fixed = (value: number) => value.toFixed(3);
const cells = (row: Row) =>
  `| ${row.part} | ${row.reports} | ${row.goldStories} → ${row.stories} | ${fixed(row.story.precision)} | ${fixed(row.story.recall)} | ${fixed(row.story.f1)} | ${row.goldEvents} → ${row.events} | ${fixed(row.event.precision)} | ${fixed(row.event.recall)} | ${fixed(row.event.f1)} |`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { day: { type: "string" }, detail: { type: "boolean", default: false } },
  });
  const labels = readLabels().filter((label) => values.day === undefined || label.day === values.day);
  const days = [...new Set(labels.map((label) => label.day))].sort();
  const missing = days.filter((day) => !existsSync(join(EVAL_DATA, `${day}.ndjson`)));
  if (days.length === 0 || missing.length > 0) {
    const found = existsSync(EVAL_DATA) ? readdirSync(EVAL_DATA).join(", ") || "nothing" : "no folder";
    process.stderr.write(
      `eval-data/events/ lacks ${missing.join(", ") || "the labelled days"} (found: ${found}).\n` +
        "Run `npm run eval:events:data` first; it rebuilds the texts from git snapshots of the repositories in eval/events/sources.json.\n",
    );
    return 1;
  }
  const byReport = new Map<string, Label>(labels.map((label) => [label.report, label]));
  const gold: Clustering = {
    story: new Map(labels.map((label) => [label.report, label.story])),
    event: new Map(labels.map((label) => [label.report, label.event])),
  };
  const rows = { dev: [] as Row[], unseen: [] as Row[] };
  const lines = [
    "| part | reports | stories (gold → found) | story P | story R | story F1 | events (gold → found) | event P | event R | event F1 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  let withEvents = false;
  for (const day of days) {
    const input = readFileSync(join(EVAL_DATA, `${day}.ndjson`), "utf8")
      .split("\n")
      .filter(Boolean);
    const output = await runDedup(input);
    withEvents ||= output.some((line) => line.event !== undefined);
    const predicted: Clustering = {
      story: new Map(output.map((line) => [line.id, line.story])),
      event: new Map(output.map((line) => [line.id, line.event ?? line.story])),
    };
    if (values.detail) process.stderr.write(detail(day, input, predicted.event, gold.event));
    for (const split of ["dev", "unseen"] as const) {
      const ids = output.map((line) => line.id).filter((id) => byReport.get(id)?.split === split);
      if (ids.length === 0) continue;
      const row = score(`${day} ${split}`, ids, predicted, gold);
      rows[split].push(row);
      lines.push(cells(row));
    }
  }
  for (const split of ["dev", "unseen"] as const) {
    if (rows[split].length > 0) lines.push(cells({ ...total(`**all ${split}**`, rows[split]) }));
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (!withEvents)
    process.stdout.write("\n(dedup printed no events: each story is scored as its own event)\n");
  return 0;
}

process.exitCode = await main();
