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
  subjects?: unknown;
}
type RssItem = Parser.Item & ItemFields;

// Kept as raw node lists where rss-parser would flatten away what sitrep needs: guid's
// isPermaLink, every dc:creator, and RSS 1.0's dc:subject categories.
const ITEM_FIELDS: [string, string, { keepArray: boolean }][] = [
  ["guid", "guidNodes", { keepArray: true }],
  ["dc:creator", "creators", { keepArray: true }],
  ["author", "authorNodes", { keepArray: true }],
  ["dc:subject", "subjects", { keepArray: true }],
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
  // A guid is the item's permalink unless it says otherwise (RSS 2.0, <guid>).
  const permalink = attr(guidNode, "isPermaLink") !== "false" && /^\s*https?:\/\//i.test(guid ?? "");
  return {
    position,
    guid,
    link: textOf(item.link) ?? (permalink ? guid : null),
    base: null,
    title: textOf(item.title),
    summary: textOf(item.content) ?? textOf(item.summary),
    contentHtml: textOf(item["content:encoded"]),
    published: textOf(item.pubDate) ?? textOf(item.date),
    updated: null,
    authors: [...textsOf(item.creators), ...textsOf(item.authorNodes)],
    categories: [...textsOf(item.categories), ...textsOf(item.subjects)],
    language: textOf(item.language),
  };
}
