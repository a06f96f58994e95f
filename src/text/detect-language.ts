import { francAll } from "franc-min";
import { data } from "franc-min/data.js";

// Trigram statistics settle within a few hundred characters (a headline and a summary); more only costs time.
const SAMPLE = 300;
const MIN_LENGTH = 10;

/** franc speaks ISO 639-3; Intl maps it to the BCP 47 short form ("deu" → "de"), keeping three letters where none is shorter. */
const toBcp47 = (code: string) => Intl.getCanonicalLocales(code)[0] ?? code;

/** BCP 47 tag → franc's codes for it, so a narrowed choice also narrows franc's work. */
const FRANC_CODES = new Map<string, string[]>();
for (const code of Object.values(data).flatMap((languages) => Object.keys(languages))) {
  const tag = toBcp47(code);
  FRANC_CODES.set(tag, [...(FRANC_CODES.get(tag) ?? []), code]);
}

/**
 * The language of a text as a BCP 47 primary tag, or null when the text is too short or too mixed
 * to tell. `allowed` narrows the choice to the languages a deployment expects.
 */
export function detectLanguage(text: string, allowed?: readonly string[]): string | null {
  const only = allowed?.length ? allowed.flatMap((tag) => FRANC_CODES.get(tag) ?? []) : undefined;
  if (only?.length === 0) return null;
  const [best] = francAll(text.slice(0, SAMPLE), { minLength: MIN_LENGTH, only });
  return best && best[0] !== "und" ? toBcp47(best[0]) : null;
}
