import { languageDetector } from "./language-model.ts";

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Letters Russian lacks, and the language that has them. Bulgarian has none of its own but ѝ,
 * and writes ъ inside words where Russian hardly ever does.
 */
const NOT_RUSSIAN: readonly (readonly [RegExp, string])[] = [
  [/[әғқңөұүһ]/iu, "kk"],
  [/ў/iu, "be"],
  [/[іїєґ]/iu, "uk"],
  [/[ђћџјљњ]/iu, "sr"],
  [/[ѓќѕ]/iu, "mk"],
  [/ѝ|\p{L}ъ\p{L}.*\p{L}ъ\p{L}/iu, "bg"],
];

const count = (text: string, script: RegExp) => text.match(script)?.length ?? 0;

/**
 * The language of a text as a BCP 47 primary tag, or null when there is too little to tell.
 * The script first: Cyrillic is Russian unless letters only Kazakh, Belarusian, Ukrainian,
 * Serbian, Macedonian or Bulgarian use say otherwise, since a statistical guess on a short Russian
 * headline easily lands on Bulgarian or Serbian. Otherwise ELD (extra-small model, read from
 * shared memory: language-model.ts), which stays right on a bare headline where trigram counting
 * is right two times in three. `allowed` narrows
 * the choice to the languages a deployment expects: the best-scoring of them, or null.
 */
export function detectLanguage(text: string, allowed?: readonly string[]): string | null {
  const permitted = (tag: string) => !allowed?.length || allowed.includes(tag);
  const cyrillic = count(text, CYRILLIC);
  if (cyrillic > count(text, LATIN)) {
    const tag = NOT_RUSSIAN.find(([letters]) => letters.test(text))?.[1] ?? "ru";
    if (permitted(tag)) return tag;
  }
  const result = languageDetector().detect(text);
  if (!allowed?.length) return result.language || null;
  const [best] = Object.entries(result.getScores())
    .filter(([tag]) => permitted(tag))
    .sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}
