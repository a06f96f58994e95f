import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "../text/escape-html.ts";
import { HTML_POLICY } from "../text/html-policy.ts";
import { cutPoint } from "./cut-html.ts";
import { resolveUrl } from "./url.ts";

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);
// Without these sanitize-html has nothing to parse, drop or escape, and returns its input.
const MARKUP = /[<>&]/;

/** Makes one URL attribute absolute, or drops it when it is not a URL of an allowed scheme. */
const absolute =
  (attribute: string, schemes: Set<string>, base: string | null): sanitizeHtml.Transformer =>
  (tagName, attribs) => {
    const url = resolveUrl(attribs[attribute], base, schemes);
    const kept = Object.entries(attribs).flatMap(([name, value]) => {
      if (name !== attribute) return [[name, value]];
      return url === null ? [] : [[name, url]];
    });
    return { tagName, attribs: Object.fromEntries(kept) };
  };

function options(base: string | null): sanitizeHtml.IOptions {
  return {
    ...HTML_POLICY,
    transformTags: { a: absolute("href", LINK_SCHEMES, base), img: absolute("src", IMAGE_SCHEMES, base) },
  };
}

/** The most sanitised content an item keeps, in UTF-8 bytes, the cut note included. */
export const CONTENT_MAX_BYTES = 256 * 1024;
// Sanitising drops markup and adds closing tags, so more source than the cap may fit in it; past
// this much the source is cut before parsing, which bounds the parser's time and memory.
const SOURCE_MAX_BYTES = 2 * CONTENT_MAX_BYTES;
// Room for the note and for closing every element a cut leaves open (at most HTML_POLICY's
// nesting limit of 48, each at most "</blockquote>").
const NOTE_RESERVE = 2048;
export const CUT_NOTE = "[content cut at 256 KB; read the original]";

function cutNote(link: string | null): string {
  const text = escapeHtml(CUT_NOTE);
  return link === null ? `<p>${text}</p>` : `<p><a href="${escapeHtml(link)}">${text}</a></p>`;
}

/**
 * Article HTML safe to embed: normal article markup kept; scripts, styles, iframes,
 * objects, embeds, forms, event handlers, style attributes and javascript:/data:/vbscript:
 * URLs dropped; relative links and image sources made absolute against `base`; elements
 * nested deeper than the policy allows flattened to their text. Content past CONTENT_MAX_BYTES
 * is cut between tags (or words), its open elements closed, and a note linking `link` (the
 * item's own page) says so.
 */
export function sanitizeContent(html: string, base: string | null, link: string | null = null): string {
  const source = html.slice(0, cutPoint(html, SOURCE_MAX_BYTES));
  const clean = MARKUP.test(source) ? sanitizeHtml(source, options(base)).trim() : source.trim();
  if (source.length === html.length && Buffer.byteLength(clean) <= CONTENT_MAX_BYTES) return clean;
  const kept = clean.slice(0, cutPoint(clean, CONTENT_MAX_BYTES - NOTE_RESERVE));
  // Sanitising the kept part again closes the elements the cut left open.
  return `${sanitizeHtml(kept, options(base)).trim()}\n${cutNote(link)}`;
}
