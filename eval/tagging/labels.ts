import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Locator = { line: number } | { item: number } | { article: number };

export interface Label {
  id: string;
  language: string;
  /** What the tagger is given: the headline alone, or the headline and the feed's lede. */
  form: "headline" | "headline+lede";
  countries: string[];
  crises: string[];
  /** The text (in this form) names places below the country and never the country itself. */
  subnationalOnly: boolean;
  source: { repo: string; commit: string; path: string; locator: Locator };
}

export interface Text {
  id: string;
  title: string;
  summary: string;
}

export const EVAL_DIR = import.meta.dirname;
export const DATA_DIR = join(EVAL_DIR, "../../eval-data/tagging");
export const TEXTS_FILE = join(DATA_DIR, "texts.ndjson");

export function readNdjson<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

export const loadLabels = () => readNdjson<Label>(join(EVAL_DIR, "labels.ndjson"));

// Changing the seed would leak items that were unseen into the tuned part: keep it.
const SPLIT_SEED = "sitrep-tagging-real-text-1";

/**
 * A quarter of each language is "unseen": the items whose seeded hash of the id sorts first.
 * Nobody tunes on them; they are measured once, at the end.
 */
export function unseenIds(labels: readonly Label[]): Set<string> {
  const rank = (id: string) => createHash("sha256").update(`${SPLIT_SEED}:${id}`).digest("hex");
  const unseen = new Set<string>();
  for (const language of new Set(labels.map((label) => label.language))) {
    const ids = labels
      .filter((label) => label.language === language)
      .map((label) => label.id)
      .sort((a, b) => rank(a).localeCompare(rank(b)));
    for (const id of ids.slice(0, Math.ceil(ids.length / 4))) unseen.add(id);
  }
  return unseen;
}
