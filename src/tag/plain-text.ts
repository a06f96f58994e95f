import sanitizeHtml from "sanitize-html";

const LOOKS_LIKE_HTML = /<[a-z!/]/i;
const ESCAPED: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * Text without markup. sanitize-html does the parsing (entities, scripts and styles dropped);
 * a space before every tag keeps "<p>Kyiv</p><p>Attack</p>" from fusing into one word.
 */
export function plainText(content: string): string {
  if (!LOOKS_LIKE_HTML.test(content)) return content;
  const text = sanitizeHtml(content.replace(/</g, " <"), { allowedTags: [], allowedAttributes: {} });
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ESCAPED[entity] ?? entity);
}
