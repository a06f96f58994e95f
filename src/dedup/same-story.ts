import type { Fingerprint } from "./fingerprint.ts";
import { tokenId } from "./minhash.ts";

/** A report as the decision sees it, compact enough to keep the newest few of every story. */
export interface StoryText {
  language: string | null;
  /** Ids of the fingerprint's tokens (`tokenId`), sorted ascending. */
  tokens: number[];
  /**
   * Ids of the headline's tokens, sorted ascending, and one id for the lead's whole token set
   * (absent when the lead has no words): see `headlineOverlap`. Reports stored before these existed
   * lack them and are compared on `tokens` alone.
   */
  headline?: number[];
  lead?: number;
  /** The fingerprint's name tokens, as words, to say which names differ. */
  names: string[];
  /** When the report was published, epoch ms. */
  at: number;
  /** The feed that sent the report; absent in reports stored before it was kept. */
  feed?: string;
}

const ids = (tokens: string[]) => [...new Set(tokens.map(tokenId))].sort((x, y) => x - y);

export function toStoryText(fingerprint: Fingerprint, at: number, feed?: string): StoryText {
  const text: StoryText = {
    language: fingerprint.language,
    tokens: ids(fingerprint.tokens),
    headline: ids(fingerprint.headline),
    names: fingerprint.names,
    at,
  };
  if (feed !== undefined) text.feed = feed;
  if (fingerprint.lead.length > 0) text.lead = tokenId(fingerprint.lead.join(" "));
  return text;
}

export interface Verdict {
  same: boolean;
  /** Jaccard similarity of the two token sets (see `headlineOverlap` for reports with one lead), 0..1. */
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
export function countShared(a: number[], b: number[]): number {
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

function equal(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

interface Overlap {
  shared: number;
  union: number;
  /** Said in the verdict when the overlap is not the plain one of all tokens. */
  of: string;
}

/**
 * One lead under two different headlines is a feed's boilerplate ("Read the latest news from
 * our correspondents", a teaser on every item) or one wire lead under headlines the outlets
 * rewrote. Its words are shared whatever the stories are, so only headline words count, and a
 * word of either headline counts as shared when the other report has it, in its headline or in
 * the common lead. A wire lead repeats both headlines, so its copies still match; boilerplate
 * repeats neither, so the headlines alone must match. Null unless the leads are one and the
 * headlines differ (or when either report predates these fields).
 */
function headlineOverlap(a: StoryText, b: StoryText): Overlap | null {
  if (a.lead === undefined || a.lead !== b.lead || !a.headline || !b.headline) return null;
  if (equal(a.headline, b.headline)) return null;
  const both = countShared(a.headline, b.headline);
  return {
    shared: countShared(a.headline, b.tokens) + countShared(b.headline, a.tokens) - both,
    union: a.headline.length + b.headline.length - both,
    of: " of the headlines (same lead)",
  };
}

function tokenOverlap(a: StoryText, b: StoryText): Overlap {
  const shared = countShared(a.tokens, b.tokens);
  return { shared, union: a.tokens.length + b.tokens.length - shared, of: "" };
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
  const { shared, union, of } = headlineOverlap(a, b) ?? tokenOverlap(a, b);
  const score = union === 0 ? 0 : shared / union;
  const shown = score.toFixed(2);
  if (shared < MIN_SHARED) return { same: false, score, reason: `only ${shared} shared words${of}` };

  const days = Math.min(Math.abs(a.at - b.at) / DAY_MS, 1);
  const needed = MIN_SIMILARITY + DAILY_DRIFT * days;
  if (score < needed) {
    return { same: false, score, reason: `similarity${of} ${shown} below ${needed.toFixed(2)}` };
  }

  // Template reports ("At least 12 killed in ...") agree on everything but the place: when each
  // names something the other never mentions, they are two events.
  const onlyA = unmatched(a.names, b.tokens);
  const onlyB = unmatched(b.names, a.tokens);
  if (onlyA.length > 0 && onlyB.length > 0) {
    return { same: false, score, reason: `names differ (${onlyA.join(" ")} / ${onlyB.join(" ")})` };
  }
  return { same: true, score, reason: `similarity${of} ${shown}` };
}
