import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tags } from "../../src/model/tags.ts";
import type { TagInput } from "../../src/tag/tagger.ts";

export interface LabelledItem {
  id: string;
  language: string;
  title: string;
  summary: string;
  feed?: TagInput["feed"];
  countries: string[];
  crises: string[];
  hard?: boolean;
}

const DIR = join(import.meta.dirname, "../fixtures/tagging");

/**
 * - "eval": the development set the lexicons were built on.
 * - "holdout": written after the lexicons; its errors were studied once (negation, ambiguous
 *   names, group names, police clashes), so it is now a second tuning set.
 * - "fresh": written and labelled before its first run, after that tuning, and measured once;
 *   never tuned against. Replace it with another unseen set before tuning on its errors.
 */
export type EvalSet = "eval" | "holdout" | "fresh";

/** The labelled items of tests/fixtures/tagging/<set>.<language>.ndjson; the language comes from the file name. */
export function loadEvalSet(set: EvalSet): LabelledItem[] {
  return readdirSync(DIR)
    .filter((name) => name.startsWith(`${set}.`) && /\.[a-z]{2}\.ndjson$/.test(name))
    .flatMap((name) => {
      const language = name.split(".")[1] as string;
      return readFileSync(join(DIR, name), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => ({ ...(JSON.parse(line) as Omit<LabelledItem, "language">), language }));
    });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged over all labels of all items. */
export function score(pairs: { expected: string[]; actual: string[] }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, actual } of pairs) {
    const want = new Set(expected);
    const got = new Set(actual);
    for (const label of got)
      if (want.has(label)) tp++;
      else fp++;
    for (const label of want) if (!got.has(label)) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export type Field = "countries" | "regions" | "crises";

/** The differences between labels and tags, for a readable report when a floor is missed. */
export function mistakes(
  item: LabelledItem,
  expected: Record<Field, string[]>,
  tags: Tags,
  field: Field,
): string | null {
  const missing = expected[field].filter((label) => !tags[field].includes(label));
  const extra = tags[field].filter((label) => !expected[field].includes(label));
  if (missing.length === 0 && extra.length === 0) return null;
  return `${item.id} ${field}: missing [${missing.join(",")}] extra [${extra.join(",")}] — ${item.title}`;
}
