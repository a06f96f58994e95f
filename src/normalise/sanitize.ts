import sanitizeHtml from "sanitize-html";
import { resolveUrl } from "./url.ts";

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);
// Without these sanitize-html has nothing to parse, drop or escape, and returns its input.
const MARKUP = /[<>&]/;

/** What does not depend on the base URL, built once rather than for every item. */
const FIXED: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "del", "ins"],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    blockquote: ["cite"],
    q: ["cite"],
    time: ["datetime"],
    abbr: ["title"],
  },
  // Resolution below already made every kept URL absolute http(s) (or mailto for links);
  // these lists are the second line for anything it does not see, such as cite.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // Dropped together with their content, which is code or a fallback for it.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "iframe",
    "object",
    "template",
    "svg",
    "math",
    "title",
    "head",
  ],
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

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
    ...FIXED,
    transformTags: { a: absolute("href", LINK_SCHEMES, base), img: absolute("src", IMAGE_SCHEMES, base) },
  };
}

/**
 * Article HTML safe to embed: normal article markup kept; scripts, styles, iframes,
 * objects, embeds, forms, event handlers, style attributes and javascript:/data:/vbscript:
 * URLs dropped; relative links and image sources made absolute against `base`.
 */
export function sanitizeContent(html: string, base: string | null): string {
  if (!MARKUP.test(html)) return html.trim();
  return sanitizeHtml(html, options(base)).trim();
}
