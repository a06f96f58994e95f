import type { FeedConfig } from "../config/feeds.ts";
import { element, emptyElement, textElement, XML_DECLARATION } from "../render/xml.ts";

/** sitrep's own attributes in the export; readers ignore them, `sitrep opml import` keeps the ids. */
export const SITREP_OPML_NAMESPACE = "https://sitrep.dev/ns/opml";

/**
 * The watched feeds as an OPML 2.0 subscription list (http://opml.org/spec2.opml): one
 * `type="rss"` outline per feed (Atom and JSON feeds too, as readers expect), with its
 * name as text and title, its address as xmlUrl and its language when configured.
 */
export function renderOpml(feeds: readonly FeedConfig[], options: { title: string; now: Date }): string {
  const outlines = feeds.map((feed) =>
    emptyElement("outline", {
      type: "rss",
      text: feed.name ?? feed.id,
      title: feed.name ?? feed.id,
      xmlUrl: feed.url,
      language: feed.language,
      "sitrep:id": feed.id,
    }),
  );
  const opml = element("opml", { version: "2.0", "xmlns:sitrep": SITREP_OPML_NAMESPACE }, [
    element("head", {}, [
      textElement("title", options.title),
      textElement("dateCreated", options.now.toUTCString()),
      textElement("docs", "http://opml.org/spec2.opml"),
    ]),
    element("body", {}, outlines),
  ]);
  return `${XML_DECLARATION}${opml}\n`;
}
