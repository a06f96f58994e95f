import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the rebuilt texts live: gitignored, because real articles never enter the repository. */
export const EVAL_DATA = fileURLToPath(new URL("../../eval-data/events/", import.meta.url));
const LABELS = new URL("./labels.ndjson", import.meta.url);

/** One report: where its text is, and the story and event it belongs to. */
export interface Label {
  report: string;
  day: string;
  split: "dev" | "unseen";
  feed: string;
  source: { repo: string; commit: string; path: string; link: string };
  story: string;
  event: string;
}

export function readLabels(): Label[] {
  return readFileSync(LABELS, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Label);
}
