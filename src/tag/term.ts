import { fold } from "../text/fold.ts";

/**
 * The term syntax shared by the built-in lexicons and the user rules in feeds.config.ts:
 *
 * | term | matches |
 * | --- | --- |
 * | `curfew` | the word itself, in any case and with or without accents |
 * | `kasach*` | any word starting with `kasach` (`kasachische`, `kasachstans`) |
 * | `*sperre*` | any word containing `sperre` (`Internetsperre`, `Netzsperren`) |
 * | `казахстан~` | the word with the inflections of the term's language (`Казахстане`, `Казахстана`) |
 * | `=US` | the exact spelling, case included (for acronyms that are also common words) |
 * | `state of emergency` | the words in a row; hyphens and apostrophes split words as in text |
 */
export type WordPattern =
  | { mode: "exact"; text: string }
  | { mode: "prefix"; text: string }
  | { mode: "contains"; text: string }
  | { mode: "case"; text: string }
  /** An inflected word: any of its forms. */
  | { mode: "forms"; text: string; forms: ReadonlySet<string> };

// biome-ignore format: one line per ending table
const RU_NOUN = ["", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"];
// biome-ignore format: one line per ending table
const RU_ADJECTIVE = [
  "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими",
];
const ENDINGS: Record<string, string[]> = {
  de: ["", "s", "es", "n", "en", "e", "er", "ern"],
  en: ["", "s", "es"],
  fr: ["", "s", "x"],
  es: ["", "s", "es"],
};
/** Shortest stem a `*` term may have: shorter ones would match half the dictionary. */
export const MIN_STEM = 3;
const RAW_WORD = /[\p{L}\p{M}\p{N}*~]+/gu;

/**
 * The case forms of a Russian nominative: "Россия" → россии, россию…; "Южный" → южного…;
 * names ending in other vowels ("Мали", "Перу") do not decline and keep one form.
 */
function russianForms(word: string): string[] {
  const adjective = word.match(/^(.+)(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/);
  if (adjective?.[1]) return RU_ADJECTIVE.map((ending) => adjective[1] + ending);
  // Neuter nouns in -ье/-ие decline on the soft sign or и: Запорожье, Запорожья, Запорожью.
  if (/[ьи]е$/.test(word)) return ["е", "я", "ю", "ем", "и"].map((ending) => word.slice(0, -1) + ending);
  if (/[оуеиэю]$/.test(word)) return [word];
  const stem = /[аяьй]$/.test(word) ? word.slice(0, -1) : word;
  return [...RU_NOUN, ...(/[ьй]$/.test(word) ? [word.slice(-1)] : [])].map((ending) => stem + ending);
}

export function inflect(word: string, language: string): string[] {
  const forms = language === "ru" || language === "uk" || language === "be" ? russianForms(word) : undefined;
  return (forms ?? (ENDINGS[language] ?? [""]).map((ending) => word + ending)).map(fold);
}

/** Parses one term into the sequence of word patterns it matches; throws with the reason when it is malformed. */
export function parseTerm(term: string, language: string): WordPattern[] {
  const caseSensitive = term.startsWith("=");
  const raw = Array.from((caseSensitive ? term.slice(1) : term).matchAll(RAW_WORD), (match) => match[0]);
  if (raw.length === 0) throw new Error(`term "${term}" has no letters or digits`);
  return raw.map((piece) =>
    caseSensitive ? { mode: "case", text: piece.normalize("NFKC") } : wordPattern(piece, term, language),
  );
}

function wordPattern(piece: string, term: string, language: string): WordPattern {
  const body = piece.replace(/^\*|[*~]$/g, "");
  if (/[*~]/.test(body))
    throw new Error(`term "${term}": '*' may only start or end a word and '~' only end it`);
  const text = fold(body);
  const wild = piece.endsWith("*") || piece.startsWith("*");
  if (wild && text.length < MIN_STEM)
    throw new Error(`term "${term}": "${piece}" is too short to match on, use at least ${MIN_STEM} letters`);
  if (piece.startsWith("*")) return { mode: "contains", text };
  if (piece.endsWith("*")) return { mode: "prefix", text };
  if (piece.endsWith("~"))
    return { mode: "forms", text, forms: new Set(inflect(body.toLowerCase(), language)) };
  return { mode: "exact", text };
}
