/**
 * Case- and accent-insensitive word search. Folding drops combining marks, so "Sao Paulo"
 * finds "São Paulo", "ё" matches "е" and Arabic matches with or without its vowel marks.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .normalize("NFC");
}

// Scripts written without spaces between words: there a word may start anywhere.
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A word matches where a word in the text starts with it, so "flood" also finds "flooding"
 * and "протест" finds "протесты" (inflected languages), while "war" does not find "software".
 */
export function wordPattern(word: string): RegExp {
  const folded = foldText(word);
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(UNSPACED.test(folded) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}`, "u");
}
