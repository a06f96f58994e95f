const ASCII = /^\p{ASCII}*$/u;
const MARKS = /\p{M}/gu;
const BREVE_I = /и\u0306/g;

/**
 * Case and accent folding, the one rule every stage matches words by: lower case, compatibility
 * forms resolved (ﬁ → fi), accents and other marks dropped (é → e, ё → е, Arabic vowel marks),
 * ß → ss and dotless ı → i. Russian й is a letter of its own, not и with an accent, so it stays:
 * "войны" (wars) must never become "воины" (warriors).
 */
export function fold(text: string): string {
  // ASCII has no marks, ß or й: lower case is all there is to do, without two normalisations.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(BREVE_I, "й")
    .replace(MARKS, "")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .normalize("NFC");
}

// News repeats its words, so folded words are kept, up to a bound, and the memo starts over when full.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** `fold` for one word at a time, remembered: the tagger folds every word of every item. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const known = FOLDED.get(word);
  if (known !== undefined) return known;
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  const folded = fold(word);
  FOLDED.set(word, folded);
  return folded;
}
