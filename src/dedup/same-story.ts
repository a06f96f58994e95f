import type { Fingerprint } from "./fingerprint.ts";
import { tokenId } from "./minhash.ts";

/** A report as the decision sees it, compact enough to keep the newest few of every story. */
export interface StoryText {
  language: string | null;
  /** Ids of the fingerprint's tokens (`tokenId`), sorted ascending. */
  tokens: number[];
  /** The fingerprint's name tokens, as words, to say which names differ. */
  names: string[];
  /** When the report was published, epoch ms. */
  at: number;
}

export function toStoryText(fingerprint: Fingerprint, at: number): StoryText {
  const tokens = [...new Set(fingerprint.tokens.map(tokenId))].sort((x, y) => x - y);
  return { language: fingerprint.language, tokens, names: fingerprint.names, at };
}

export interface Verdict {
  same: boolean;
  /** Jaccard similarity of the two token sets, 0..1. */
  score: number;
  reason: string;
}

/**
 * The loosest similarity that still joins two reports published at the same moment. Rewrites
 * of one wire report by different outlets share about a third of their content words or more.
 */
export const MIN_SIMILARITY = 0.3;
/**
 * How much more similar reports a day apart must be. Syndication and updated figures come
 * within hours; a report a day later that shares only the basics is a follow-up with news of
 * its own, and a reader should see it.
 */
export const DAILY_DRIFT = 0.15;
/** Short headlines can reach any ratio by chance; fewer shared words than this never match. */
export const MIN_SHARED = 3;
const DAY_MS = 86_400_000;

/** Shared tokens of two sorted lists, by merging: no sets to build for each of many comparisons. */
function countShared(a: number[], b: number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) shared += 1;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return shared;
}

function has(sorted: number[], token: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle] as number;
    if (value === token) return true;
    if (value < token) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function unmatched(names: string[], tokens: number[]): string[] {
  return names.filter((name) => !has(tokens, tokenId(name)));
}

/**
 * The one decision: are two reports the same story? Precision comes first, because a false
 * merge hides a report from subscribers while a missed one only shows it twice.
 */
export function sameStory(a: StoryText, b: StoryText): Verdict {
  if (a.language !== null && b.language !== null && a.language !== b.language) {
    return { same: false, score: 0, reason: `different languages (${a.language}, ${b.language})` };
  }
  const shared = countShared(a.tokens, b.tokens);
  const union = a.tokens.length + b.tokens.length - shared;
  const score = union === 0 ? 0 : shared / union;
  const shown = score.toFixed(2);
  if (shared < MIN_SHARED) return { same: false, score, reason: `only ${shared} shared words` };

  const days = Math.min(Math.abs(a.at - b.at) / DAY_MS, 1);
  const needed = MIN_SIMILARITY + DAILY_DRIFT * days;
  if (score < needed) return { same: false, score, reason: `similarity ${shown} below ${needed.toFixed(2)}` };

  // Template reports ("At least 12 killed in ...") agree on everything but the place: when each
  // names something the other never mentions, they are two events.
  const onlyA = unmatched(a.names, b.tokens);
  const onlyB = unmatched(b.names, a.tokens);
  if (onlyA.length > 0 && onlyB.length > 0) {
    return { same: false, score, reason: `names differ (${onlyA.join(" ")} / ${onlyB.join(" ")})` };
  }
  return { same: true, score, reason: `similarity ${shown}` };
}
