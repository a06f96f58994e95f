// "US$", "HK$", "R$": capital letters right before a dollar sign, which tokens cannot see.
const CURRENCY_CODE = /\b(\p{Lu}{1,3})\$/gu;

/**
 * A price names no country: "US$88 million" in a story from Beirut is about money, not the United
 * States. Letters fused to a dollar sign are turned into the ISO currency code's form
 * ("US$" → "USD"), which no country lexicon holds; the words around them stay as they were.
 */
export function withoutCurrencySigns(text: string): string {
  return text.includes("$") ? text.replace(CURRENCY_CODE, "$1D") : text;
}
