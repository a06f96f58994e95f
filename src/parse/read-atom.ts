import xml2js from "xml2js";
import { escapeHtml } from "../text/escape-html.ts";
import { notWellFormed } from "./feed-parse-error.ts";
import { constructKey, type InlineMarkup, readInlineMarkup } from "./inline-markup.ts";
import { textToHtml } from "./markup.ts";
import type { RawFeed, RawItem, TextType } from "./raw.ts";
import { attr, child, children, textOf } from "./xml-node.ts";

// xml2js's tree loses the order of mixed content, so inline markup is read in a second, streaming
// pass (inline-markup.ts), run only when the document can hold some: it must declare the XHTML
// namespace, or be Atom 0.3, whose text constructs are inline XML unless they say otherwise.
const INLINE_XHTML = /xhtml|mode\s*=\s*["']xml["']|purl\.org\/atom\/ns#/i;

/** A text construct's node, with its inline markup when that was read. */
interface Construct {
  node: unknown;
  inline: InlineMarkup | undefined;
}
/** The constructs of one level, the feed or one entry, by name. */
type Constructs = (name: string) => Construct;

/**
 * Atom 1.0 and 0.3. rss-parser's own Atom mapping throws on a single unparsable date or
 * <link> without href, losing the whole feed, and drops xml:base, xml:lang, categories
 * and the order of XHTML content, so entries are read from the xml2js tree here, parsed
 * by the same xml2js/sax that rss-parser uses.
 */
export async function readAtom(text: string): Promise<RawFeed> {
  const feed = await parseRoot(text);
  const inline = INLINE_XHTML.test(text) ? readInlineMarkup(text) : new Map<string, InlineMarkup>();
  const constructs =
    (node: unknown, entry: number | null): Constructs =>
    (name) => ({ node: child(node, name), inline: inline.get(constructKey(entry, name)) });
  const feedAuthors = authorsOf(feed);
  return {
    title: textConstruct(constructs(feed, null)("title")).text,
    link: alternateLink(feed),
    base: attr(feed, "xml:base"),
    language: attr(feed, "xml:lang"),
    items: children(feed, "entry").map((entry, index) =>
      readEntry(entry, constructs(entry, index), index + 1, feedAuthors),
    ),
    errors: [],
  };
}

function readEntry(entry: unknown, construct: Constructs, position: number, feedAuthors: string[]): RawItem {
  const authors = authorsOf(entry);
  return {
    position,
    guid: textOf(child(entry, "id")),
    link: alternateLink(entry),
    base: attr(entry, "xml:base"),
    ...titleOf(construct("title")),
    summary: textConstruct(construct("summary")).text,
    contentHtml: content(construct("content")),
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
  try {
    const document: { feed?: unknown } | null = await new xml2js.Parser().parseStringPromise(text);
    return document?.feed;
  } catch (error) {
    throw notWellFormed(error);
  }
}

/** Inline markup: declared XHTML, Atom 0.3 mode="xml", or elements inside a construct that did not say. */
function isXhtml(node: unknown, inline: InlineMarkup | undefined): boolean {
  const type = attr(node, "type")?.toLowerCase();
  if (type === "xhtml" || type === "application/xhtml+xml" || attr(node, "mode") === "xml") return true;
  return inline?.holdsElements ?? false;
}

/**
 * Base64 text: Atom 0.3's mode="base64", or an Atom 1.0 construct whose type is a MIME type
 * that is neither text nor XML (RFC 4287 §4.1.3.3; feed readers apply it to titles too).
 */
function isBase64(node: unknown): boolean {
  if (attr(node, "mode") === "base64") return true;
  const type = attr(node, "type")?.toLowerCase() ?? "";
  return type.includes("/") && !type.startsWith("text/") && !/[/+]xml$/.test(type);
}

function decodedText(node: unknown): string | null {
  const text = textOf(node);
  return text !== null && isBase64(node) ? Buffer.from(text, "base64").toString("utf8") : text;
}

/** A text construct as written, and whether that is text or HTML (RFC 4287 §3.1; Atom 0.3's MIME types). */
function textConstruct({ node, inline }: Construct): { text: string | null; type: TextType } {
  if (node === undefined) return { text: null, type: "text" };
  if (isXhtml(node, inline)) return { text: inline?.html ?? escapeHtml(textOf(node) ?? ""), type: "html" };
  const type = attr(node, "type")?.toLowerCase();
  return { text: decodedText(node), type: type === "html" || type === "text/html" ? "html" : "text" };
}

function titleOf(construct: Construct): { title: string | null; titleType: TextType } {
  const { text, type } = textConstruct(construct);
  return { title: text, titleType: type };
}

/** Content as HTML: plain-text content is escaped so that it reads the same once rendered. */
function content(construct: Construct): string | null {
  if (construct.node === undefined || attr(construct.node, "src") !== null) return null;
  const { text, type } = textConstruct(construct);
  return text === null || type === "html" ? text : textToHtml(text);
}

/** The alternate link's href; some publishers write the address as the element's text instead. */
function alternateLink(node: unknown): string | null {
  const href = (link: unknown) => attr(link, "href") ?? textOf(link);
  const link = children(node, "link").find((candidate) => {
    const rel = attr(candidate, "rel");
    return href(candidate) !== null && (rel === null || rel === "alternate");
  });
  return link === undefined ? null : href(link);
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
