import { htmlToTextTwice } from "./text.ts";

const NAME_MAX = 200;
const ADDRESS = /<?[^\s<>()]+@[^\s<>()]+>?/g;
// RSS 2.0 writes authors as "address (Name)".
const RSS_AUTHOR = /^\s*[^\s@]+@\S+\s*\((.+)\)\s*$/;

/**
 * Author names only, joined with ", ": sitrep shows who wrote an item, never a mail
 * address, so "jane@example.org (Jane Roe)" and "Jane Roe <jane@example.org>" both give
 * "Jane Roe" and a bare address gives nothing. Names are cleaned twice because readers render
 * them as HTML.
 */
export function authorNames(authors: string[]): string | null {
  const names = new Set<string>();
  for (const author of authors) {
    const name = htmlToTextTwice(RSS_AUTHOR.exec(author)?.[1] ?? author.replace(ADDRESS, " "), NAME_MAX);
    if (name !== "") names.add(name);
  }
  return names.size > 0 ? [...names].join(", ") : null;
}
