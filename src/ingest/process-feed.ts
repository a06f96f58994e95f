import type { FeedConfig } from "../config/feeds.ts";
import { draftFeed, type ParseContext } from "../normalise/normalise-feed.ts";
import { withContent } from "../normalise/normalise-item.ts";
import { readFeed } from "../parse/read-feed.ts";
import { type PreparedItem, prepareItems, type Tagger } from "./prepare.ts";
import { type SeenSet, sortUnseen, type UnseenItems } from "./seen-items.ts";

/** One fetched document and what its processing needs to know; plain data, so it can cross to a thread. */
export interface FetchedDocument {
  text: string;
  context: ParseContext;
  feed: Pick<FeedConfig, "id" | "url" | "name" | "countries" | "regions" | "tags">;
  retentionMs: number;
  /** The feed's seen-set as read before processing: items in it unchanged are not prepared. */
  seen: SeenSet;
}

export interface ProcessedFeed {
  /** Items the document held after normalising, before the retention cut. */
  items: number;
  /** Items skipped or repaired, and why. */
  errors: string[];
  /** Items only the fresh ones of which were prepared; the hashes go to the seen-set once stored. */
  unchanged: UnseenItems["unchanged"];
  hashes: UnseenItems["hashes"];
  prepared: PreparedItem[];
}

/**
 * Everything a poll does to a document that needs CPU and no I/O: parse, normalise, skip the
 * seen, sanitise, tag. Items the seen-set knows unchanged are neither sanitised nor tagged.
 */
export async function processFeed(document: FetchedDocument, tag: Tagger): Promise<ProcessedFeed> {
  const { feed, context, retentionMs } = document;
  const { drafts, errors } = draftFeed(await readFeed(document.text), context);
  const { fresh, unchanged, hashes } = sortUnseen(drafts, document.seen, feed.name ?? null, context.now);
  const prepared = prepareItems(fresh.map(withContent), feed, tag, context.now, retentionMs);
  return { items: drafts.length, errors, unchanged, hashes, prepared };
}
