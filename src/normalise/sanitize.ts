import sanitizeHtml from "sanitize-html";
import { HTML_POLICY } from "../text/html-policy.ts";
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

/**
 * Article HTML safe to embed: normal article markup kept; scripts, styles, iframes,
 * objects, embeds, forms, event handlers, style attributes and javascript:/data:/vbscript:
 * URLs dropped; relative links and image sources made absolute against `base`.
 */
export function sanitizeContent(html: string, base: string | null): string {
  if (!MARKUP.test(html)) return html.trim();
  return sanitizeHtml(html, options(base)).trim();
}
