import { escapeHtml } from "../text/escape-html.ts";

/**
 * Plain text as HTML that reads the same once rendered (escaped, blank lines as paragraphs,
 * line breaks kept), so every adapter can hand over HTML content.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
