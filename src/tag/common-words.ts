import { createRequire } from "node:module";
import english from "dictionary-en";
import { builtOnce } from "../text/built-once.ts";
import { foldWord } from "../text/fold.ts";
import { lookUp, packStringMap, type SharedStringMap } from "../text/shared-string-map.ts";

const STOPWORD_LANGUAGES = ["en", "de", "fr", "es", "ru"];

let stopwords: ReadonlySet<string> | undefined;

function loadStopwords(): ReadonlySet<string> {
  const lists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
  return new Set(STOPWORD_LANGUAGES.flatMap((language) => lists[language] ?? []).map(foldWord));
}

// Hunspell lists a word per line as "word/FLAGS"; names are capitalised, common words are not.
export function loadEnglishWords(): ReadonlySet<string> {
  const lines = new TextDecoder().decode(english.dic).split("\n");
  return new Set(lines.map((line) => line.split("/", 1)[0] ?? "").filter((word) => /^[a-z]/.test(word)));
}

/**
 * The English word list in shared memory (1 MB), built on first use: as a Set it took 5 MB of
 * heap and 0.5 s in every thread. A thread handed its parent's (`useEnglishWords`) reads that one.
 */
const englishWords = builtOnce(
  () => packStringMap([...loadEnglishWords()].map((word) => [word, 0])),
  (table) => table,
);

export const englishWordTable: () => SharedStringMap = englishWords.table;
export const useEnglishWords: (given: SharedStringMap) => void = englishWords.use;

/**
 * Whether a folded word is a common word rather than a name: the function words of the five
 * languages (stopwords-iso: "Como", "Este", "Van" are towns too) and, in English or unknown
 * text, the lower-case words of the English dictionary (dictionary-en: "Police", "Derby",
 * "Reading", "Mobile" are towns too; "d'Arras" in French is not a tapestry).
 */
export function isCommonWord(folded: string, language: string | null): boolean {
  if (isFunctionWord(folded)) return true;
  if (language !== null && language !== "en") return false;
  return lookUp(englishWordTable(), folded) !== undefined;
}

/** Whether a folded word is a function word of one of the five languages ("for", "und", "dans"). */
export function isFunctionWord(folded: string): boolean {
  stopwords ??= loadStopwords();
  return stopwords.has(folded);
}
