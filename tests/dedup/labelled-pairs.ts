import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { dedupCommand } from "../../src/cli/dedup.ts";

const FIXTURES = new URL("../fixtures/dedup/", import.meta.url);

export interface Pair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
}

function ndjson<T>(name: string): T[] {
  return readFileSync(new URL(name, FIXTURES), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

type FixtureItem = { id: string; published: string; language?: string };

/** The pair set the algorithm was tuned on. */
export const items = ndjson<FixtureItem>("items.ndjson");
export const pairs = ndjson<Pair>("pairs.ndjson");
/** Pairs written after tuning ended, never used to tune: an honest estimate. */
export const holdoutItems = ndjson<FixtureItem>("holdout-items.ndjson");
export const holdoutPairs = ndjson<Pair>("holdout-pairs.ndjson");

/** Runs `sitrep dedup` on lines in memory; resolves with the parsed stdout lines and stderr text. */
export async function runDedup(lines: unknown[], args: string[] = []) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
  stdin.end(lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"));
  const code = await dedupCommand(args, { stdin, stdout, stderr });
  const printed = out
    .join("")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown> & { id: string; story: string });
  return { code, printed, stderr: err.join("") };
}

export interface Scores {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  wrong: Pair[];
}

/** Pairwise precision and recall against the labelled pairs, given whether each pair was merged. */
export function score(merged: (pair: Pair) => boolean, labelled: Pair[] = pairs): Scores {
  const wrong = labelled.filter((pair) => merged(pair) !== pair.same);
  const truePositives = labelled.filter((pair) => pair.same && merged(pair)).length;
  const falsePositives = wrong.filter((pair) => !pair.same).length;
  const falseNegatives = wrong.filter((pair) => pair.same).length;
  return {
    precision: truePositives / (truePositives + falsePositives || 1),
    recall: truePositives / (truePositives + falseNegatives || 1),
    truePositives,
    falsePositives,
    falseNegatives,
    wrong,
  };
}
