import sanitizeHtml from "sanitize-html";

/**
 * The one HTML allow-list: what article markup may be stored and served. Content is cleaned with
 * it once, at ingest (normalise/sanitize.ts adds the base-URL resolution); every reader of stored
 * content trusts it. Kept: normal article markup, corrections (del, ins), table spans, quotation
 * sources (cite) and times (datetime). Dropped: scripts, styles, frames, objects, forms, event
 * handlers, style attributes and any URL scheme but http(s) and mailto.
 */
export const HTML_POLICY: sanitizeHtml.IOptions = {
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
  // URL resolution at ingest already made every kept URL absolute http(s) (or mailto for links);
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
  // Real articles nest a dozen deep; deeper elements are dropped and their text kept, which also
  // bounds the closing tags a cut content has to add (sanitize.ts).
  nestingLimit: 48,
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};
