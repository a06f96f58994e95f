import type { TagField } from "../model/tags.ts";

/** One word of a field, folded for matching but keeping its surface for evidence and case checks. */
export interface Token {
  /** Folded: lower case, NFKD without marks (so ё→е, é→e, ü→u), ß→ss, dotless ı→i. */
  norm: string;
  surface: string;
  field: TagField;
  /** Position in the item's token list, across fields. */
  index: number;
  /** Sentences never span fields, so a context rule cannot reach from the title into the summary. */
  sentence: number;
  capitalised: boolean;
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}/gu;
const BREVE_I = /[иИ]\u0306/g;
// A full stop only ends a sentence when space follows and it does not close an initial, so "6.8",
// "U.S. forces" and "J. Smith" stay inside one.
const SENTENCE_END = /[.!?…]["'»”)]*\s/;

// Folding is pure and news repeats its words, so non-ASCII results are kept, up to a bound.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const known = FOLDED.get(word);
  if (known !== undefined) return known;
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  const folded = foldUnicode(word);
  FOLDED.set(word, folded);
  return folded;
}

function foldUnicode(word: string): string {
  // Russian й is a letter of its own, not и with an accent: "войны" (wars) must not become "воины" (warriors).
  return word
    .normalize("NFKD")
    .replace(BREVE_I, "й")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i");
}

/** Splits on anything that is not a letter, mark or digit: hyphens and apostrophes separate words. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => fold(match[0]));
}

export interface TokenizeState {
  index: number;
  sentence: number;
}

export function tokenize(text: string, field: TagField, state: TokenizeState, into: Token[]): void {
  let last = 0;
  let lastWord = "";
  let first = true;
  state.sentence += 1;
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    // A sentence end takes a stop and a space, so the usual single space between words cannot hold one.
    const sentenceStart =
      first || (lastWord.length > 1 && start - last > 1 && SENTENCE_END.test(text.slice(last, start)));
    if (sentenceStart && !first) state.sentence += 1;
    const initial = surface[0] ?? "";
    into.push({
      norm: fold(surface),
      surface,
      field,
      index: state.index++,
      sentence: state.sentence,
      capitalised: initial !== initial.toLowerCase(),
      sentenceStart,
    });
    last = start + surface.length;
    lastWord = surface;
    first = false;
  }
}
