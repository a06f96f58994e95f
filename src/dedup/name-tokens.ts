import { decodeHTML } from "entities";
import { contentTokens } from "./content-tokens.ts";

/**
 * Proper names (places, people, organisations) are what tells "protests in Almaty" from
 * "protests in Bishkek" when the rest of two template reports agrees. There is no gazetteer
 * for every town, so names are found by how they are written:
 * - acronyms (AFAD, RSF, МЧС) anywhere;
 * - a one-word label before a headline colon ("Passau: ...", "Gaza: ...");
 * - in most languages, a capitalised word that does not start a sentence;
 * - in German, where every noun is capitalised, only a capitalised word right after a bare
 *   preposition ("in Passau", "bei Jüterbog"): common nouns there take an article ("in der Altstadt").
 */
const GERMAN_PLACE_PREPOSITIONS = new Set(["in", "bei", "vor", "aus", "nach", "nahe", "von"]);
const SENTENCE = /(?<=[.!?…])\s+|:\s+/u;
const WORD = /[\p{L}\p{N}]+(?:[-'’]\p{L}+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Title Case or SHOUTING headlines capitalise everything, so their capitals say nothing. */
function capitalsMeanNothing(words: string[], language: string | null): boolean {
  const long = words.filter((word) => word.length > 3);
  if (long.length < 3) return false;
  const upper = long.filter((word) => ACRONYM.test(word)).length;
  const capitalised = long.filter((word) => CAPITALISED.test(word)).length;
  return upper / long.length >= 0.7 || (language !== "de" && capitalised / long.length >= 0.7);
}

function isName(words: string[], index: number, language: string | null): boolean {
  const word = words[index] ?? "";
  if (ACRONYM.test(word)) return true;
  if (index === 0 || !CAPITALISED.test(word)) return false;
  if (language !== "de") return true;
  return GERMAN_PLACE_PREPOSITIONS.has(words[index - 1] ?? "");
}

/** Name tokens of a text, in the same cut-stem form as `contentTokens`. */
export function nameTokens(text: string, language: string | null, kind: "title" | "summary"): string[] {
  const decoded = decodeHTML(text);
  const names: string[] = [];
  const label = kind === "title" ? /^\s*(\p{Lu}[\p{L}\p{N}-]*):\s/u.exec(decoded)?.[1] : undefined;
  if (label !== undefined) names.push(label);
  for (const sentence of decoded.split(SENTENCE)) {
    const words = sentence.match(WORD) ?? [];
    if (capitalsMeanNothing(words, language)) continue;
    words.forEach((word, index) => {
      if (isName(words, index, language)) names.push(word);
    });
  }
  return contentTokens(names.join(" "), language);
}
