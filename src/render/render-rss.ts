import { type Entry, type FeedDocument, toEntry } from "./document.ts";
import { element, emptyElement, textElement, XML_DECLARATION } from "./xml.ts";

const NAMESPACES = {
  version: "2.0",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
};

/** RFC 822 dates (four-digit year, GMT), as RSS 2.0 requires. */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

function item(entry: Entry): string {
  return element("item", {}, [
    textElement("title", entry.title),
    textElement("link", entry.url),
    textElement("description", entry.contentHtml),
    // RSS <author> must be an e-mail address; a byline is a dc:creator.
    textElement("dc:creator", entry.author),
    textElement("guid", entry.id, { isPermaLink: "false" }),
    textElement("pubDate", rfc822(entry.published)),
    ...entry.categories.map((category) =>
      textElement("category", category.term, { domain: category.scheme }),
    ),
    // RSS <source> needs the source feed's own URL, which a story does not keep: link each report instead.
    ...entry.sources
      .filter((source) => !source.main && source.url !== null)
      .map((source) =>
        emptyElement("atom:link", {
          rel: "related",
          href: source.url,
          title: source.label,
          hreflang: source.language,
        }),
      ),
  ]);
}

export function renderRss(doc: FeedDocument): string {
  const channel = element("channel", {}, [
    textElement("title", doc.title),
    textElement("link", doc.pageUrl),
    textElement("description", doc.description),
    emptyElement("atom:link", { href: doc.selfUrl, rel: "self", type: "application/rss+xml" }),
    textElement("lastBuildDate", rfc822(doc.updated)),
    textElement("generator", "sitrep"),
    textElement("docs", "https://www.rssboard.org/rss-specification"),
    ...doc.stories.map((story) => item(toEntry(story))),
  ]);
  return `${XML_DECLARATION}${element("rss", NAMESPACES, [channel])}\n`;
}
