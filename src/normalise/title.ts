import type { TextType } from "../parse/raw.ts";
import { collapseText, htmlToText, TITLE_MAX, truncate } from "./text.ts";

export const DERIVED_HEADLINE_MAX = 120;

// Names of HTML elements: a title of unknown type that uses one is read as HTML, while
// "<emergency>" or "<blink>" in a headline is text that happens to hold angle brackets.
const HTML_ELEMENTS = new Set(
  `a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button
  canvas caption center cite code col colgroup dd del details dfn div dl dt em embed fieldset
  figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html i iframe
  img input ins kbd label legend li link main map mark meta nav noscript object ol optgroup option p
  param picture pre q s samp script section select small source span strike strong style sub summary
  sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr`.split(
    /\s+/,
  ),
);
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>/g;
const ENTITY = /&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/;
// What a reader that renders titles as HTML would run; literal text keeps every other "<word>".
const ACTIVE_ELEMENT = /<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const ACTIVE_TAG =
  /<\/?(?:script|style|iframe|object|embed|applet|img|svg|math|video|audio|source|link|meta|base|form|input|button|textarea|select|frame|frameset)\b[^<>]*>/gi;
// A handler is looked for inside each whole tag, so no pattern backtracks across a long title.
const ANY_TAG = /<[A-Za-z][^<>]*>/g;
const HANDLER = /\son[a-z]+\s*=/i;
// A sentence ends at . ! ? … (or their CJK forms) before a space or the end, and runs at least
// 20 characters, so that "Dr." or "U.N." does not end it.
const FIRST_SENTENCE = /^(.{20,}?[.!?…。！？])(?=\s|$)/su;

/** Whether a field of unknown type holds HTML: it uses an HTML element or an entity reference. */
function looksLikeHtml(text: string): boolean {
  for (const [, name] of text.matchAll(TAG)) if (HTML_ELEMENTS.has(name?.toLowerCase() ?? "")) return true;
  return ENTITY.test(text);
}

/**
 * A title as plain text. Text titles keep what they say, "<blink>" included; HTML titles lose
 * their markup and keep their text; titles of unknown type (RSS, JSON Feed) are HTML only when
 * they look like it. Whatever the type, tags a reader could run are dropped.
 */
export function titleText(raw: string, type: TextType): string {
  const html = type === "html" || (type === "guess" && looksLikeHtml(raw));
  const text = html ? htmlToText(raw, TITLE_MAX) : raw;
  return collapseText(
    text
      .replace(ACTIVE_ELEMENT, " ")
      .replace(ACTIVE_TAG, " ")
      .replace(ANY_TAG, (tag) => (HANDLER.test(tag) ? " " : tag)),
    TITLE_MAX,
  );
}

/**
 * A headline for an item that has none (RSS 0.92, micro-blog and alert feeds are full of them):
 * the first sentence of its description's text, read as a text title, cut at a word near
 * DERIVED_HEADLINE_MAX characters.
 */
export function headlineFrom(description: string): string {
  const text = titleText(description, "text");
  return truncate(FIRST_SENTENCE.exec(text)?.[1] ?? text, DERIVED_HEADLINE_MAX);
}
