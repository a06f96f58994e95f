import { decodeHTML } from "entities";
import { fold } from "../text/fold.ts";
import { stemmerFor } from "./stemming.ts";
import { stopWords } from "./stopwords.ts";

/**
 * Labels that wires and live pages put before a headline without changing the story:
 * "UPDATE 2-", "LIVE:", "EXCLUSIVE-", "EILMELDUNG:", "СРОЧНО:". Analysis and factbox labels
 * are left alone because they mark a different piece about the story, not a new version.
 */
const WIRE_PREFIX =
  /^\s*(?:(?:update|refile|corrected|correction|exclusive|breaking(?: news)?|live|urgent|eilmeldung|liveblog|live-?ticker|exklusiv|срочно|молния|обновлено|эксклюзив)(?:\s*\d+)?\s*[-:–—|]\s*)+/iu;

export function stripWirePrefix(title: string): string {
  return title.replace(WIRE_PREFIX, "");
}

// Digit groups with separators stay one token, so "3,000" and "3000" agree and "6,1" stays whole;
// the group tells numbers from words without a second look at the token.
const TOKEN = /(\p{N}+(?:[.,]\p{N}+)*)|\p{L}+/gu;

/**
 * Stems are cut to this many letters. Snowball leaves derived forms apart ("подтоплены" and
 * "подтопления", "Demonstranten" and "Demonstrationen", "evakuiert" and "Evakuierung") and
 * rewrites of one report are full of them; cutting merges them, while distinct names rarely
 * share six leading letters.
 */
const STEM_PREFIX = 6;

/**
 * Stemming is most of the cost of a fingerprint, and news repeats its vocabulary all day, so
 * cut stems are remembered (which also lets every story share one string per word). The memo
 * starts over when full rather than growing with the stream.
 */
const MEMO_LIMIT = 50_000;
const cutStemmers = new Map<string | null, (word: string) => string>();

function cutStemmer(language: string | null): (word: string) => string {
  let cut = cutStemmers.get(language);
  if (cut === undefined) {
    const stem = stemmerFor(language);
    const known = new Map<string, string>();
    cut = (word) => {
      let token = known.get(word);
      if (token === undefined) {
        if (known.size >= MEMO_LIMIT) known.clear();
        token = stem(word).slice(0, STEM_PREFIX);
        known.set(word, token);
      }
      return token;
    };
    cutStemmers.set(language, cut);
  }
  return cut;
}

/**
 * The content words of a text as cut stems: entities decoded, case and accents folded,
 * stop words dropped, numbers kept without their separators.
 */
export function contentTokens(text: string, language: string | null): string[] {
  const cut = cutStemmer(language);
  const stop = stopWords(language);
  const out: string[] = [];
  const decoded = text.includes("&") ? decodeHTML(text) : text;
  for (const [token, number] of fold(decoded).matchAll(TOKEN)) {
    if (number !== undefined) out.push(number.replace(/[.,]/g, ""));
    else if (token.length > 1 && !stop.has(token)) out.push(cut(token));
  }
  return out;
}
