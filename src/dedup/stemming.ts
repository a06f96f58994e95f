import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as ru } from "@orama/stemmers/russian";
import { stemmer as es } from "@orama/stemmers/spanish";
import { stemmer as uk } from "@orama/stemmers/ukrainian";
import { detectLanguage } from "../text/detect-language.ts";

/** Snowball stemmers by BCP 47 primary subtag: inflected forms of one word must count as one token. */
const STEMMERS: Record<string, (word: string) => string> = { de, en, es, fr, ru, uk };
/** Only languages with a stemmer are worth guessing. */
const STEMMED = Object.keys(STEMMERS);

/**
 * The language to stem a text in: the declared one, else a guess among the stemmed languages.
 * The guess only picks a stemmer; it never decides whether two reports are the same story.
 */
export function processingLanguage(declared: string | null, text: string): string | null {
  if (declared !== null) return declared;
  return detectLanguage(text, STEMMED);
}

export function stemmerFor(language: string | null): (word: string) => string {
  return (language !== null && STEMMERS[language]) || ((word) => word);
}
