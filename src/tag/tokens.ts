import type { TagField } from "../model/tags.ts";
import { foldWord } from "../text/fold.ts";
import { WORD } from "../text/words.ts";

/** One word of a field, folded for matching but keeping its surface for evidence and case checks. */
export interface Token {
  /** Folded (see text/fold.ts). */
  norm: string;
  surface: string;
  field: TagField;
  /** Position in the item's token list, across fields. */
  index: number;
  /** Sentences never span fields, so a context rule cannot reach from the title into the summary. */
  sentence: number;
  capitalised: boolean;
  sentenceStart: boolean;
  /** Punctuation stands between this word and the one before: "Genève : Federer", "Sydney, Perth". */
  apart?: boolean;
  /** A dash or semicolon stands between this word and the one before: a new clause ("denies a link – the attack"). */
  clauseStart?: boolean;
  /** A quotation mark stands right before this word, or right after it: «Dali», "Sevilla". */
  opensQuote?: boolean;
  closesQuote?: boolean;
}

// A full stop only ends a sentence when space follows and it does not close an initial, so "6.8",
// "U.S. forces" and "J. Smith" stay inside one.
const SENTENCE_END = /[.!?…]["'»”)]*\s/;
// A colon, comma, bracket, quote or spaced dash between two words keeps them out of one name.
const APART = /[:;,()"«»“”„|/–—]|\s-\s/;
// A spaced or long dash or a semicolon opens a new clause, where a denial no longer reaches.
const CLAUSE_BREAK = /[;–—]|\s-\s/;
// Straight and curly double quotes and guillemets; single quotes double as apostrophes ("l'Iran").
const QUOTE = /["«»“”„]/;

export interface TokenizeState {
  index: number;
  sentence: number;
}

export function tokenize(text: string, field: TagField, state: TokenizeState, into: Token[]): void {
  let last = 0;
  let lastWord = "";
  let previous: Token | undefined;
  state.sentence += 1;
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    const gap = text.slice(last, start);
    const first = previous === undefined;
    // Most words follow a single space, which holds no sentence end, break, dash or quote.
    const plain = !first && gap === " ";
    // A sentence end takes a stop and a space, so the usual single space between words cannot hold one.
    const sentenceStart =
      first || (!plain && lastWord.length > 1 && gap.length > 1 && SENTENCE_END.test(gap));
    if (sentenceStart && !first) state.sentence += 1;
    const quote = !plain && QUOTE.test(gap);
    if (previous && quote) previous.closesQuote = true;
    const initial = surface[0] ?? "";
    const token: Token = {
      norm: foldWord(surface),
      surface,
      field,
      index: state.index++,
      sentence: state.sentence,
      capitalised: initial !== initial.toLowerCase(),
      sentenceStart,
    };
    if (!first && !plain) {
      if (APART.test(gap)) token.apart = true;
      if (CLAUSE_BREAK.test(gap)) token.clauseStart = true;
    }
    if (quote) token.opensQuote = true;
    previous = token;
    into.push(token);
    last = start + surface.length;
    lastWord = surface;
  }
  if (previous && QUOTE.test(text.slice(last))) previous.closesQuote = true;
}
