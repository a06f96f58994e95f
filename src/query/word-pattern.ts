import { fold } from "../text/fold.ts";

// Scripts written without spaces between words: there a word may start anywhere.
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Case- and accent-insensitive word search (see text/fold.ts), so "Sao Paulo" finds "São Paulo".
 * A word matches where a word in the text starts with it, so "flood" also finds "flooding"
 * and "протест" finds "протесты" (inflected languages), while "war" does not find "software".
 */
export function wordPattern(word: string): RegExp {
  const folded = fold(word);
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(UNSPACED.test(folded) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}`, "u");
}
