import { foldWord } from "./fold.ts";

/** A word: a run of letters, marks and digits. Hyphens and apostrophes separate words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, folded. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => foldWord(match[0]));
}
