import { detectFormat } from "./detect.ts";
import type { RawFeed } from "./raw.ts";
import { readAtom } from "./read-atom.ts";
import { readJsonFeed } from "./read-json-feed.ts";
import { readRss } from "./read-rss.ts";

/**
 * A decoded feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1) as raw items,
 * exactly as written. Throws FeedParseError when the document is not a feed at all.
 */
export function readFeed(document: string): Promise<RawFeed> | RawFeed {
  // Some decoders keep the byte-order mark, which JSON.parse rejects.
  const text = document.replace(/^\uFEFF/, "");
  switch (detectFormat(text)) {
    case "json":
      return readJsonFeed(text);
    case "atom":
      return readAtom(text);
    case "rss":
      return readRss(text);
  }
}
