import { textOf } from "../normalise/text.ts";

const LOOKS_LIKE_HTML = /<[a-z!/]/i;
// Their text is code or form values, never prose.
const NON_TEXT = new Set(["script", "style", "textarea", "option"]);

/**
 * Text without markup: tags dropped, entities decoded, the content of scripts, styles, text
 * areas and options dropped. Every tag counts as a word break, so "<p>Kyiv</p><p>Attack</p>"
 * does not fuse into one word. Content has already been sanitised once, so it is only read
 * here, not sanitised again: a second sanitize-html pass cost as much as the first.
 */
export function plainText(content: string): string {
  return LOOKS_LIKE_HTML.test(content) ? textOf(content, NON_TEXT, () => true) : content;
}
