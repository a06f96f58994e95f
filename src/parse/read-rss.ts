import Parser from "rss-parser";
import { FeedParseError, notWellFormed } from "./feed-parse-error.ts";
import type { RawFeed, RawItem } from "./raw.ts";
import { attr, child, textOf, textsOf } from "./xml-node.ts";

/** Fields rss-parser copies without declaring them in its types; values are raw xml2js nodes. */
interface ChannelFields {
  language?: unknown;
  "dc:language"?: unknown;
}
interface ItemFields {
  "content:encoded"?: unknown;
  "rdf:about"?: unknown;
  date?: unknown;
  language?: unknown;
  guidNodes?: unknown;
  creators?: unknown;
  authorNodes?: unknown;
  itunesAuthors?: unknown;
  dcAuthors?: unknown;
  mediaTitle?: unknown;
  lowerPubDate?: unknown;
  atomLinks?: unknown;
  a10Links?: unknown;
  subjects?: unknown;
}
type RssItem = Parser.Item & ItemFields;

// Kept as raw node lists where rss-parser would flatten away what sitrep needs: guid's
// isPermaLink, every dc:creator, and RSS 1.0's dc:subject categories.
const ITEM_FIELDS: [string, string, { keepArray: boolean }][] = [
  ["guid", "guidNodes", { keepArray: true }],
  ["dc:creator", "creators", { keepArray: true }],
  ["dc:author", "dcAuthors", { keepArray: true }],
  ["author", "authorNodes", { keepArray: true }],
  ["itunes:author", "itunesAuthors", { keepArray: true }],
  ["dc:subject", "subjects", { keepArray: true }],
  ["media:title", "mediaTitle", { keepArray: false }],
  // Generators that write <pubdate> in lower case, or the item's link only in the Atom
  // namespace (.NET's SyndicationFeed writes <a10:link>).
  ["pubdate", "lowerPubDate", { keepArray: false }],
  ["atom:link", "atomLinks", { keepArray: true }],
  ["a10:link", "a10Links", { keepArray: true }],
];

/** RSS 0.9x, RSS 1.0 (RDF) and RSS 2.0, through rss-parser. */
export async function readRss(text: string): Promise<RawFeed> {
  // Feeds that omit the version attribute are read as RSS 2.0, its superset.
  const parser = new Parser<ChannelFields, ItemFields>({
    defaultRSS: 2,
    customFields: { feed: ["dc:language"], item: ITEM_FIELDS },
  });
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(text);
  } catch (error) {
    // rss-parser dereferences channel[0] unchecked; sax reports syntax errors as plain Errors.
    if (error instanceof TypeError)
      throw new FeedParseError("not a feed: the RSS root element has no <channel>");
    throw notWellFormed(error);
  }
  const link = textOf(feed.link);
  return {
    title: textOf(feed.title),
    link,
    base: link,
    language: textOf(feed.language) ?? textOf(feed["dc:language"]),
    items: feed.items.map((item, index) => readItem(item, index + 1)),
    errors: [],
  };
}

function readItem(item: RssItem, position: number): RawItem {
  const guidNode = child(item, "guidNodes");
  // RSS 1.0 items have no guid; rdf:about names them instead.
  const guid = textOf(guidNode) ?? textOf(item["rdf:about"]);
  // A guid is the item's permalink unless it says otherwise (RSS 2.0, <guid>), when it is a URL
  // or a path on the feed's site; "item-42" is an id that merely forgot isPermaLink="false".
  const permalink = attr(guidNode, "isPermaLink") !== "false" && /^\s*(https?:\/\/|\/)/i.test(guid ?? "");
  const authors = [...textsOf(item.creators), ...textsOf(item.authorNodes), ...textsOf(item.dcAuthors)];
  return {
    position,
    guid,
    link: textOf(item.link) ?? (permalink ? guid : null) ?? atomLink(item),
    base: null,
    // Media RSS items (video and podcast feeds) may title only the media.
    title: textOf(item.title) ?? textOf(item.mediaTitle),
    titleType: "guess",
    summary: textOf(item.content) ?? textOf(item.summary),
    contentHtml: textOf(item["content:encoded"]),
    published: textOf(item.pubDate) ?? textOf(item.date) ?? textOf(item.lowerPubDate),
    updated: null,
    // Podcast feeds often name the author only for iTunes.
    authors: authors.length > 0 ? authors : textsOf(item.itunesAuthors),
    categories: [...textsOf(item.categories), ...textsOf(item.subjects)],
    language: textOf(item.language),
  };
}

/** The href of an item's Atom-namespace alternate link. */
function atomLink(item: RssItem): string | null {
  const links = [item.atomLinks, item.a10Links].flatMap((nodes) => (Array.isArray(nodes) ? nodes : []));
  const alternate = links.find((link) => (attr(link, "rel") ?? "alternate") === "alternate");
  return attr(alternate, "href");
}
