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
  /**
   * Labelling round: absent for the first batch, 2 for the second (other outlets and dates), 3 for
   * the third (wholly unseen, see sources.md).
   */
  batch?: 2 | 3;
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

// Changing a seed would leak items that were unseen into the tuned part: keep both.
const SPLIT_SEED = "sitrep-tagging-real-text-1";
const SPLIT_SEED_2 = "sitrep-tagging-real-text-2";

export const batchOf = (label: Label) => label.batch ?? 1;

/** Per language, the quarter of the labels whose seeded hash of the id sorts first. */
function quarter(labels: readonly Label[], seed: string): Set<string> {
  const rank = (id: string) => createHash("sha256").update(`${seed}:${id}`).digest("hex");
  const chosen = new Set<string>();
  for (const language of new Set(labels.map((label) => label.language))) {
    const ids = labels
      .filter((label) => label.language === language)
      .map((label) => label.id)
      .sort((a, b) => rank(a).localeCompare(rank(b)));
    for (const id of ids.slice(0, Math.ceil(ids.length / 4))) chosen.add(id);
  }
  return chosen;
}

/**
 * The first batch's unseen quarter ("unseen"), chosen among that batch only so that it stays
 * what it was before the second batch came. Nobody tunes on it.
 */
export const unseenIds = (labels: readonly Label[]) =>
  quarter(
    labels.filter((label) => batchOf(label) === 1),
    SPLIT_SEED,
  );

/** The second batch's unseen quarter ("unseen-2"), under its own seed; measured once, at the end. */
export const unseen2Ids = (labels: readonly Label[]) =>
  quarter(
    labels.filter((label) => batchOf(label) === 2),
    SPLIT_SEED_2,
  );

/**
 * The whole third batch ("unseen-3"): it has no dev part, so it stays a clean test after the
 * first two unseen quarters had been measured several times.
 */
export const unseen3Ids = (labels: readonly Label[]) =>
  new Set(labels.filter((label) => batchOf(label) === 3).map((label) => label.id));
