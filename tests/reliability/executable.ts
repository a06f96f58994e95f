import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Parser } from "htmlparser2";

/** Elements that run code, load other documents or restyle the reader's page. */
const ACTIVE_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "svg",
  "math",
  "base",
  "meta",
  "link",
  "template",
]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "srcset",
  "poster",
  "data",
]);
// Browsers drop whitespace and control characters inside a scheme ("java\tscript:"), so they are dropped here too.
const SAFE_URL = /^(https?:|mailto:|\/|\?|#)/i;

/**
 * What in an HTML fragment could run code in a reader: active elements, event-handler and
 * style attributes, and URLs whose scheme is not http(s)/mailto. Parsed like a browser would,
 * not matched by pattern, so encodings and odd spacing cannot hide anything.
 */
export function executableParts(html: string, allowedTags: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (ACTIVE_TAGS.has(name) && !allowedTags.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith("on") || attribute === "style") found.push(`${name}@${attribute}`);
          const url = value.replace(/[\s\p{Cc}]+/gu, "");
          if (URL_ATTRIBUTES.has(attribute) && url !== "" && !SAFE_URL.test(url)) {
            found.push(`${name}@${attribute}=${value.slice(0, 40)}`);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ["item", "entry", "link"].includes(name),
});

const text = (node: unknown): string =>
  typeof node === "string" || typeof node === "number"
    ? String(node)
    : (((node as Record<string, unknown> | undefined)?.["#text"] as string | undefined) ?? "");

export interface FeedFragments {
  /** Fields a reader may render as HTML. */
  html: string[];
  /** Every link the document gives a reader to follow. */
  links: string[];
}

/** The HTML-bearing fields and links of a served RSS document; it must be well-formed XML. */
export function rssFragments(document: string): FeedFragments {
  const valid = XMLValidator.validate(document);
  if (valid !== true) throw new Error(`RSS is not well-formed: ${JSON.stringify(valid)}`);
  const items = (xml.parse(document).rss?.channel?.item ?? []) as Record<string, unknown>[];
  return {
    // RSS never said whether a title is text or HTML, and many readers render it as HTML.
    html: items.flatMap((item) => [text(item.title), text(item.description), text(item["dc:creator"])]),
    links: items.flatMap((item) => [
      text(item.link),
      // One link parses as an object, several as an array.
      ...[(item["atom:link"] as Record<string, string> | Record<string, string>[] | undefined) ?? []]
        .flat()
        .map((link) => link["@href"] ?? ""),
    ]),
  };
}

/** The same for Atom, where titles and summaries are declared type="text" and content type="html". */
export function atomFragments(document: string): FeedFragments {
  const valid = XMLValidator.validate(document);
  if (valid !== true) throw new Error(`Atom is not well-formed: ${JSON.stringify(valid)}`);
  const entries = (xml.parse(document).feed?.entry ?? []) as Record<string, unknown>[];
  return {
    html: entries.map((entry) => text(entry.content)),
    links: entries.flatMap((entry) =>
      ((entry.link as Record<string, string>[] | undefined) ?? []).map((link) => link["@href"] ?? ""),
    ),
  };
}

interface JsonFeedItem {
  url?: string;
  content_html?: string;
  _sitrep?: { sources?: { url: string | null }[] };
}

export function jsonFragments(document: string): FeedFragments {
  const items = (JSON.parse(document) as { items: JsonFeedItem[] }).items;
  return {
    html: items.map((item) => item.content_html ?? ""),
    links: items.flatMap((item) => [
      item.url ?? "",
      ...(item._sitrep?.sources ?? []).map((source) => source.url ?? ""),
    ]),
  };
}

/** Everything executable in a served feed: in its HTML fields, and links that are not http(s). */
export function executableInFeed(fragments: FeedFragments): string[] {
  return [
    ...fragments.html.flatMap((html) => executableParts(html)),
    ...fragments.links.filter((link) => link !== "" && !/^https?:\/\//i.test(link)),
  ];
}
