import xml2js from "xml2js";
import { notWellFormed } from "./feed-parse-error.ts";
import { textToHtml, xhtmlToHtml } from "./markup.ts";
import type { RawFeed, RawItem } from "./raw.ts";
import { attr, child, children, textOf } from "./xml-node.ts";

// The order-preserving tree costs about three times the memory, so it is built only when
// the document can hold inline XHTML (which must declare the XHTML namespace, or in Atom
// 0.3 say mode="xml"): the one place where the order of mixed content matters.
const INLINE_XHTML = /xhtml|mode\s*=\s*["']xml["']/i;
const ORDER_PRESERVING: xml2js.ParserOptions = {
  explicitChildren: true,
  preserveChildrenOrder: true,
  charsAsChildren: true,
  includeWhiteChars: true,
};

/**
 * Atom 1.0 and 0.3. rss-parser's own Atom mapping throws on a single unparsable date or
 * <link> without href, losing the whole feed, and drops xml:base, xml:lang, categories
 * and the order of XHTML content, so entries are read from the xml2js tree here, parsed
 * by the same xml2js/sax that rss-parser uses.
 */
export async function readAtom(text: string): Promise<RawFeed> {
  const feed = await parseRoot(text);
  const feedAuthors = authorsOf(feed);
  return {
    title: textConstruct(child(feed, "title")),
    link: alternateLink(feed),
    base: attr(feed, "xml:base"),
    language: attr(feed, "xml:lang"),
    items: children(feed, "entry").map((entry, index) => readEntry(entry, index + 1, feedAuthors)),
    errors: [],
  };
}

function readEntry(entry: unknown, position: number, feedAuthors: string[]): RawItem {
  const authors = authorsOf(entry);
  return {
    position,
    guid: textOf(child(entry, "id")),
    link: alternateLink(entry),
    base: attr(entry, "xml:base"),
    title: textConstruct(child(entry, "title")),
    summary: textConstruct(child(entry, "summary")),
    contentHtml: content(child(entry, "content")),
    // Atom 0.3 named them issued, created and modified.
    published: firstText(entry, ["published", "issued", "created"]),
    updated: firstText(entry, ["updated", "modified"]),
    // An entry without authors inherits the feed's (RFC 4287 §4.2.1).
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: children(entry, "category")
      .map((category) => attr(category, "label") ?? attr(category, "term"))
      .filter((label): label is string => label !== null),
    language: attr(entry, "xml:lang"),
  };
}

async function parseRoot(text: string): Promise<unknown> {
  const options = INLINE_XHTML.test(text) ? ORDER_PRESERVING : {};
  try {
    const document: { feed?: unknown } | null = await new xml2js.Parser(options).parseStringPromise(text);
    return document?.feed;
  } catch (error) {
    throw notWellFormed(error);
  }
}

function isXhtml(node: unknown): boolean {
  const type = attr(node, "type")?.toLowerCase();
  return type === "xhtml" || type === "application/xhtml+xml" || attr(node, "mode") === "xml";
}

function decodedText(node: unknown): string | null {
  const text = textOf(node);
  return text !== null && attr(node, "mode") === "base64"
    ? Buffer.from(text, "base64").toString("utf8")
    : text;
}

/** Titles and summaries as written: whatever their declared type, normalisation strips markup. */
function textConstruct(node: unknown): string | null {
  return isXhtml(node) ? xhtmlToHtml(node) : decodedText(node);
}

/** Content as HTML: plain-text content is escaped so that it reads the same once rendered. */
function content(node: unknown): string | null {
  if (node === undefined || attr(node, "src") !== null) return null;
  if (isXhtml(node)) return xhtmlToHtml(node);
  const text = decodedText(node);
  const type = attr(node, "type")?.toLowerCase() ?? "text";
  return text === null || type === "html" || type === "text/html" ? text : textToHtml(text);
}

function alternateLink(node: unknown): string | null {
  const link = children(node, "link").find((candidate) => {
    const rel = attr(candidate, "rel");
    return attr(candidate, "href") !== null && (rel === null || rel === "alternate");
  });
  return link === undefined ? null : attr(link, "href");
}

function authorsOf(node: unknown): string[] {
  return children(node, "author")
    .map((author) => textOf(child(author, "name")) ?? textOf(author))
    .filter((name): name is string => name !== null);
}

function firstText(node: unknown, names: string[]): string | null {
  for (const name of names) {
    const text = textOf(child(node, name));
    if (text !== null) return text;
  }
  return null;
}
