import { htmlToTextTwice } from "./text.ts";

const NAME_MAX = 200;
// Longer author fields are not names; cutting them first bounds the work of what follows.
const AUTHOR_MAX = 1_000;
// The look-behind starts an address only where a word starts: without it a long word without "@"
// would be rescanned from each of its letters (quadratic).
const ADDRESS = /<?(?<![^\s<>()])[^\s<>()]+@[^\s<>()]+>?/g;
// RSS 2.0 writes authors as "address (Name)"; the domain stops at "(" so the two cannot trade characters.
const RSS_AUTHOR = /^[^\s@]+@[^\s(]+\s*\((.+)\)\s*$/;

/**
 * Author names only, joined with ", ": sitrep shows who wrote an item, never a mail
 * address, so "jane@example.org (Jane Roe)" and "Jane Roe <jane@example.org>" both give
 * "Jane Roe" and a bare address gives nothing. Names are cleaned twice because readers render
 * them as HTML.
 */
export function authorNames(authors: string[]): string | null {
  const names = new Set<string>();
  for (const full of authors) {
    const author = full.slice(0, AUTHOR_MAX).trim();
    const name = htmlToTextTwice(RSS_AUTHOR.exec(author)?.[1] ?? author.replace(ADDRESS, " "), NAME_MAX);
    if (name !== "") names.add(name);
  }
  return names.size > 0 ? [...names].join(", ") : null;
}
