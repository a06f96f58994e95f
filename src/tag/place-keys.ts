import { BGN_PCGN, translate } from "iuliia";
import { words } from "../text/words.ts";

/** A place's name as the gazetteer files it: folded words joined by single spaces. */
export const keyOf = (name: string) => words(name).join(" ");

/** Cyrillic in the Latin spelling GeoNames mostly uses (BGN/PCGN), without its "t·s" separator dot. */
export const latinOf = (cyrillic: string) => translate(cyrillic, BGN_PCGN).replace(/·/g, "");

/**
 * A spelling-blind key that transliterated Russian and the data's romanised names agree on:
 * "Якутск" and GeoNames' "Yakutsk", BGN's "Omskaya" and ISO's "Omskaja", "Odessa" and "Odesa".
 */
export function skeleton(latin: string): string {
  return keyOf(latin.replace(/['’ʹʼ`]/g, ""))
    .replace(/kh|x/g, "h")
    .replace(/j/g, "y")
    .replace(/(.)\1+/g, "$1");
}
