import { type Gazetteer, latinOf, type Place, skeleton } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";

/** Words in a row that name a city or subdivision, with every place of that name. */
export interface PlaceMatch {
  start: number;
  /** Exclusive. */
  end: number;
  tokens: Token[];
  places: readonly Place[];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const MAX_WORDS = 4;
const MIN_LETTERS = 4;

// biome-ignore format: one line per ending table
const RU_CASE_ENDINGS = ["ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ах", "ях", "ам", "ям", "ую", "юю", "ых", "их", "ым", "им", "а", "я", "у", "ю", "е", "и", "ы"];
const RU_NOMINATIVE_ENDINGS = ["", "а", "я", "ь", "й", "ая", "ий", "ый"];
const RU_PLACE_ADJECTIVE = /^(.{2,}ск)(ая|ой|ую|ий|ого|ому|ом|им|ие|их|ое)$/;

/** Nominatives a declined Russian word may come from: "якутске" → якутск, "махачкале" → махачкала. */
export function russianLemmas(word: string): string[] {
  const lemmas = new Set([word]);
  for (const ending of RU_CASE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of RU_NOMINATIVE_ENDINGS) lemmas.add(stem + nominative);
  }
  // "Омской области" names the region after its town: the adjective gives the town's name.
  const adjective = word.match(RU_PLACE_ADJECTIVE);
  if (adjective?.[1]) lemmas.add(adjective[1]);
  return [...lemmas];
}

/** German genitives and town adjectives: "Passaus" → Passau, "Kölner" → Köln. */
function germanForms(word: string): string[] {
  const forms = [word];
  for (const suffix of ["s", "er", "ern"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_LETTERS)
      forms.push(word.slice(0, -suffix.length));
  }
  return forms;
}

/**
 * Finds the names of cities and subdivisions in the tokens: the longest name first, only names
 * that start with a capital, in the forms the language inflects them to; Cyrillic words are
 * also read through transliteration, so Russian text finds places the data spells in Latin.
 */
export function placeFinder(places: Gazetteer, language: string | null) {
  const skeletonsOf = new Map<string, string[]>();
  const skeletons = (norm: string): string[] => {
    let found = skeletonsOf.get(norm);
    if (!found) {
      found = [...new Set(russianLemmas(norm).map((lemma) => skeleton(latinOf(lemma))))];
      skeletonsOf.set(norm, found);
    }
    return found;
  };

  function lookUp(span: readonly Token[]): readonly Place[] | undefined {
    const last = span[span.length - 1] as Token;
    const head = span.slice(0, -1).map((token) => token.norm);
    const lastForms = language === "de" ? germanForms(last.norm) : [last.norm];
    for (const form of lastForms) {
      const found = places.byName([...head, form].join(" "));
      if (found) return found;
    }
    if (!span.every((token) => CYRILLIC.test(token.norm))) return undefined;
    // Each word in any of its lemmas, spelled in Latin: a handful of look-ups for a rare word.
    let keys = [""];
    for (const token of span) {
      keys = keys.flatMap((key) => skeletons(token.norm).map((form) => (key ? `${key} ${form}` : form)));
      if (keys.length > 64) return undefined;
    }
    for (const key of keys) {
      const found = places.byName(key) ?? places.bySkeleton(key);
      if (found) return found;
    }
    return undefined;
  }

  return (tokens: readonly Token[]): PlaceMatch[] => {
    const found: PlaceMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const first = tokens[start] as Token;
      if (!first.capitalised || first.norm.length < MIN_LETTERS) continue;
      const cyrillic = CYRILLIC.test(first.norm);
      const longest = cyrillic ? 3 : Math.min(MAX_WORDS, places.longestFrom(first.norm) || 1);
      for (let length = longest; length >= 1; length--) {
        const span = tokens.slice(start, start + length);
        if (span.length < length || span.some((token) => token.field !== first.field)) continue;
        const hits = lookUp(span);
        if (!hits) continue;
        found.push({ start, end: start + length, tokens: span, places: hits });
        start += length - 1;
        break;
      }
    }
    return found;
  };
}
