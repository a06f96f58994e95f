import { Parser } from "htmlparser2";

const LOOKS_LIKE_HTML = /<[a-z!/]/i;
// Their text is code or form values, never prose.
const NON_TEXT = new Set(["script", "style", "textarea", "option"]);

/**
 * Text without markup: tags dropped, entities decoded, the content of scripts, styles, text
 * areas and options dropped. A space before every tag keeps "<p>Kyiv</p><p>Attack</p>" from
 * fusing into one word. Read with htmlparser2 directly: content has already been sanitised
 * once, and a second sanitize-html pass only to throw its markup away cost as much again.
 */
export function plainText(content: string): string {
  if (!LOOKS_LIKE_HTML.test(content)) return content;
  const parts: string[] = [];
  /** Depth inside a NON_TEXT element: elements opened there close before it does. */
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (hidden > 0) hidden += 1;
        else if (NON_TEXT.has(name)) hidden = 1;
      },
      onclosetag() {
        if (hidden > 0) hidden -= 1;
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(content.replace(/</g, " <"));
  return parts.join("");
}
