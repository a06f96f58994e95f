import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as ru } from "@orama/stemmers/russian";
import { stemmer as es } from "@orama/stemmers/spanish";
import { stemmer as uk } from "@orama/stemmers/ukrainian";
import { franc } from "franc-min";

/** Snowball stemmers by BCP 47 primary subtag: inflected forms of one word must count as one token. */
const STEMMERS: Record<string, (word: string) => string> = { de, en, es, fr, ru, uk };

/** franc names languages by ISO 639-3; only those with a stemmer are worth guessing. */
const FRANC_TO_BCP47: Record<string, string> = {
  deu: "de",
  eng: "en",
  spa: "es",
  fra: "fr",
  rus: "ru",
  ukr: "uk",
};
const FRANC_ONLY = Object.keys(FRANC_TO_BCP47);

/** "ru-KZ" → "ru"; null or a blank tag stays null. */
export function primaryLanguage(tag: string | null): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary ? primary : null;
}

/**
 * The language to stem a text in: the declared one, else a guess among the stemmed languages.
 * The guess only picks a stemmer; it never decides whether two reports are the same story.
 */
export function processingLanguage(declared: string | null, text: string): string | null {
  if (declared !== null) return declared;
  const guess = franc(text, { only: FRANC_ONLY, minLength: 10 });
  return FRANC_TO_BCP47[guess] ?? null;
}

export function stemmerFor(language: string | null): (word: string) => string {
  return (language !== null && STEMMERS[language]) || ((word) => word);
}
