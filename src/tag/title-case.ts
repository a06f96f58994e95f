import type { Token } from "./tokens.ts";

// Sentence-case headlines full of names reach 75% capitals; title case capitalises nearly every long word.
const TITLE_CASE_SHARE = 0.8;

/** In "Chad Declares State Of Emergency" every word is capitalised, so capitals say nothing about names. */
export function titleCase(tokens: readonly Token[], field: Token["field"]): boolean {
  const long = tokens.filter((token) => token.field === field && token.norm.length >= 4);
  return (
    long.length >= 3 && long.filter((token) => token.capitalised).length / long.length >= TITLE_CASE_SHARE
  );
}
