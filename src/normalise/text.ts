import { Parser } from "htmlparser2";
import { repairMojibake } from "../text/mojibake.ts";

export const TITLE_MAX = 1_000;
export const SUMMARY_MAX = 5_000;
const LABEL_MAX = 200;
const MARKUP = /[<&]/;
// Markup may outweigh its text, but not by this much: past it a field is cut before any parsing
// or regex looks at it, so a 15 MB "title" costs no more than a long real one.
const INPUT_PER_OUTPUT = 20;
// Embeddings, overrides and isolates: in a headline they let a feed reverse how the rest of the
// line (or the next outlet's name) reads, and plain text never needs them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

// Their text is code or page furniture, never part of what the item says.
const SILENT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "math",
  "select",
  "textarea",
]);
// Elements that end a word visually: without a space, "<p>one</p><p>two</p>" would read "onetwo".
const BREAKS = new Set([
  ..."address article aside blockquote br dd div dl dt figcaption figure footer header hr li main nav ol p pre section table td th tr ul".split(
    " ",
  ),
  ..."h1 h2 h3 h4 h5 h6".split(" "),
]);

/**
 * Plain text from HTML (or from text that merely might hold markup or entities): tags
 * dropped with the content of scripts and styles, entities decoded, then `collapseText`.
 */
export function htmlToText(field: string, maxLength: number): string {
  const html = field.slice(0, maxLength * INPUT_PER_OUTPUT);
  // Most titles and many summaries arrive as plain text once the XML is decoded; without '<' or
  // '&' the parser would hand the text back unchanged, so it is not run.
  return collapseText(MARKUP.test(html) ? parsedText(html) : html, maxLength);
}

/**
 * Text as sitrep shows it: doubly encoded UTF-8 repaired, whitespace and control characters
 * collapsed to single spaces, and the result capped at `maxLength` characters.
 */
export function collapseText(text: string, maxLength: number): string {
  return truncate(
    repairMojibake(text)
      .replace(BIDI_CONTROLS, "")
      .replace(/[\s\p{Cc}]+/gu, " ")
      .trim(),
    maxLength,
  );
}

/**
 * `htmlToText` for fields shown as text that readers may render as HTML (titles, authors). A
 * publisher that escapes twice leaves "<img ...>" as text after one pass, which such a reader
 * would run, so a second pass drops whatever is still markup.
 */
export function htmlToTextTwice(html: string, maxLength: number): string {
  return htmlToText(htmlToText(html, maxLength), maxLength);
}

function parsedText(html: string): string {
  return textOf(html, SILENT, (tag) => BREAKS.has(tag));
}

/**
 * The text of an HTML fragment, entities decoded, leaving out what `silent` elements hold and
 * putting a space where `breaksWord` says a tag ends a word. A silent element that is never
 * closed gives its text back: "safe<object> description" must not lose " description".
 */
export function textOf(
  html: string,
  silent: ReadonlySet<string>,
  breaksWord: (tag: string) => boolean,
): string {
  const parts: string[] = [];
  let held: string[] = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (silent.has(name)) depth += 1;
        else if (breaksWord(name)) parts.push(" ");
      },
      onclosetag(name, isImplied) {
        if (!silent.has(name)) {
          if (breaksWord(name)) parts.push(" ");
          return;
        }
        depth = Math.max(0, depth - 1);
        if (depth > 0) return;
        if (isImplied) parts.push(" ", ...held);
        held = [];
      },
      ontext(text) {
        (depth === 0 ? parts : held).push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join("");
}

/** Cuts at a word boundary near the limit and marks the cut with an ellipsis; never splits a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  if (space > maxLength * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** Category-like labels as plain text, empty ones dropped, repeats (ignoring case) dropped. */
export function distinctLabels(labels: string[]): string[] {
  const seen = new Map<string, string>();
  for (const label of labels) {
    const text = htmlToText(label, LABEL_MAX);
    const key = text.toLowerCase();
    if (text !== "" && !seen.has(key)) seen.set(key, text);
  }
  return [...seen.values()];
}
