import type { FeedConfig } from "../config/feeds.ts";
import type { ParseContext } from "../normalise/normalise-feed.ts";
import { parseFeed } from "./parse-feed.ts";
import { type PreparedItem, prepareItems, type Tagger } from "./prepare.ts";

/** One fetched document and what its processing needs to know; plain data, so it can cross to a thread. */
export interface FeedDocument {
  text: string;
  context: ParseContext;
  feed: Pick<FeedConfig, "id" | "name" | "countries" | "regions" | "tags">;
  retentionMs: number;
}

export interface ProcessedFeed {
  /** Items the document held after normalising, before the retention cut. */
  items: number;
  /** Items skipped or repaired, and why. */
  errors: string[];
  prepared: PreparedItem[];
}

/** Everything a poll does to a document that needs CPU and no I/O: parse, normalise, sanitise, tag. */
export async function processFeed(document: FeedDocument, tag: Tagger): Promise<ProcessedFeed> {
  const parsed = await parseFeed(document.text, document.context);
  const prepared = prepareItems(parsed.items, document.feed, tag, document.context.now, document.retentionMs);
  return { items: parsed.items.length, errors: parsed.errors, prepared };
}
