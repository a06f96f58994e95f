import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { fold } from "../../text/fold.ts";
import type { Hit } from "../hit.ts";
import type { Entry } from "../matcher.ts";
import { parseTerm } from "../term.ts";
import { AMBIGUOUS_WORDS, COUNTRY_BLOCKS } from "./ambiguous.ts";
import { FIGURES } from "./figures.ts";
import { DROPPED_NAMES, EXTRA_NAMES, SHARED_NAMES } from "./names.ts";
import { PLACES } from "./places.ts";

const require = createRequire(import.meta.url);
const ADJECTIVE_COLUMN: Record<string, number> = { en: 0, de: 1, ru: 2, fr: 3, es: 4 };
/** Languages whose names decline, so their names are matched with inflections. */
const DECLINING = new Set(["de", "ru", "uk", "be"]);
const CYRILLIC = /\p{Script=Cyrillic}/u;
export const GROUP = "place";

const supported = new Set(countries.getSupportedLanguages());
const registered = new Set<string>();

/** Country names of a language from i18n-iso-countries, loaded on first use. */
function packageNames(language: string): Record<string, string[]> {
  if (!supported.has(language)) return {};
  if (!registered.has(language)) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    registered.add(language);
  }
  return countries.getNames(language, { select: "all" });
}

/** "Korea, Republic of" and "Congo (République démocratique du)" keep only the part before the comma. */
const usable = (name: string) => name.split(/[,(]/)[0]?.trim() ?? "";

function entries(terms: string, language: string, make: (check: string | undefined) => Hit): Entry<Hit>[] {
  return terms
    .split("|")
    .filter((term) => term.trim() !== "")
    .map((term) => {
      const termLanguage = CYRILLIC.test(term) ? "ru" : language;
      const check = AMBIGUOUS_WORDS[fold(term)] ? fold(term) : undefined;
      return { words: parseTerm(term, termLanguage), value: make(check), group: GROUP };
    });
}

function nameTerms(language: string): [code: string, terms: string][] {
  const dropped = new Set(DROPPED_NAMES[language] ?? []);
  const declines = DECLINING.has(language);
  const inflected = (name: string) =>
    declines && !name.startsWith("=") ? name.replace(/[\p{L}\p{M}]{3,}/gu, "$&~") : name;
  const all = Object.entries(packageNames(language)).map(([code, list]) => ({
    code,
    list: list.map(usable).filter((name) => name.length > 1 && !dropped.has(fold(name))),
  }));
  // Cutting at the comma makes "Virgin Islands, British" and "Virgin Islands, U.S." one name: drop such.
  const owners = new Map<string, number>();
  for (const { list } of all)
    for (const name of new Set(list.map(fold))) owners.set(name, (owners.get(name) ?? 0) + 1);
  const names = all.map(({ code, list }): [string, string] => [
    code,
    list
      .filter((name) => owners.get(fold(name)) === 1)
      .map(inflected)
      .join("|"),
  ]);
  const extra = Object.entries(EXTRA_NAMES[language] ?? {}).map(([code, terms]): [string, string] => [
    code,
    terms.split("|").map(inflected).join("|"),
  ]);
  return [...names, ...extra];
}

/** Every country term for one language: its names, adjectives, and the places and figures of all scripts. */
export function countryEntries(language: string): Entry<Hit>[] {
  const result: Entry<Hit>[] = [];
  for (const [code, terms] of nameTerms(language)) {
    result.push(...entries(terms, language, (check) => ({ kind: "country", code, rule: "name", check })));
  }
  const column = ADJECTIVE_COLUMN[language];
  for (const [code, row] of Object.entries(PLACES)) {
    if (column !== undefined) {
      result.push(
        ...entries(row[column] ?? "", language, () => ({ kind: "country", code, rule: "adjective" })),
      );
    }
    result.push(...entries(row[5], "en", () => ({ kind: "country", code, rule: "place" })));
  }
  for (const [code, terms] of Object.entries(FIGURES)) {
    result.push(...entries(terms, "en", () => ({ kind: "country", code, rule: "figure" })));
  }
  for (const { names, adjectives, code, alt } of SHARED_NAMES) {
    result.push(...entries(names, language, () => ({ kind: "country", code, alt, rule: "name" })));
    result.push(...entries(adjectives, language, () => ({ kind: "country", code, alt, rule: "adjective" })));
  }
  for (const term of COUNTRY_BLOCKS[language] ?? []) {
    result.push(...entries(term, language, () => ({ kind: "block", rule: `block:${term}` })));
  }
  return result;
}
