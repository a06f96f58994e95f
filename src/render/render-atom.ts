import { type Entry, type FeedDocument, toEntry } from "./document.ts";
import { element, emptyElement, textElement, XML_DECLARATION } from "./xml.ts";

function entry(entry: Entry): string {
  return element("entry", {}, [
    textElement("id", entry.id),
    textElement("title", entry.title, { type: "text" }),
    textElement("updated", entry.updated),
    textElement("published", entry.published),
    entry.author === null ? "" : element("author", {}, [textElement("name", entry.author)]),
    entry.url === null ? "" : emptyElement("link", { rel: "alternate", type: "text/html", href: entry.url }),
    ...entry.sources
      .filter((source) => !source.main && source.url !== null)
      .map((source) =>
        emptyElement("link", {
          rel: "related",
          type: "text/html",
          href: source.url,
          title: source.label,
          hreflang: source.language,
        }),
      ),
    ...entry.categories.map((category) =>
      emptyElement("category", { term: category.term, scheme: category.scheme, label: category.label }),
    ),
    textElement("summary", entry.summary, { type: "text" }),
    textElement("content", entry.contentHtml, { type: "html" }),
  ]);
}

/** Atom 1.0 (RFC 4287). Dates are RFC 3339 in UTC; the feed-level author covers entries without a byline. */
export function renderAtom(doc: FeedDocument): string {
  const feed = element("feed", { xmlns: "http://www.w3.org/2005/Atom" }, [
    textElement("id", doc.selfUrl),
    textElement("title", doc.title, { type: "text" }),
    textElement("subtitle", doc.description, { type: "text" }),
    textElement("updated", new Date(doc.updated).toISOString()),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: doc.selfUrl }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: doc.pageUrl }),
    element("author", {}, [textElement("name", "sitrep")]),
    textElement("generator", "sitrep"),
    ...doc.stories.map((story) => entry(toEntry(story))),
  ]);
  return `${XML_DECLARATION}${feed}\n`;
}
