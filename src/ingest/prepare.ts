import type { FeedConfig } from "../config/feeds.ts";
import type { DedupCandidate } from "../dedup/dedup-surface.ts";
import type { Item } from "../model/item.ts";
import type { Source } from "../model/story.ts";
import type { Tags } from "../model/tags.ts";
import { sameSite } from "../normalise/site.ts";
import type { TagInput } from "../tag/tagger.ts";

export type Tagger = (input: TagInput) => Tags;

/** One parsed item with everything the store needs, computed without I/O. */
export interface PreparedItem {
  item: Item;
  tags: Tags;
  source: Source;
  candidate: DedupCandidate;
  /** The feed is on the site the article is on: its report is the outlet's own (README, Deduplication). */
  ownSite: boolean;
}

type FeedHints = Pick<FeedConfig, "countries" | "regions" | "tags">;

/** What the tagger reads of an item: its text, its language, and its feed's hints. */
export function tagInputOf(item: Item, feed: FeedHints): TagInput {
  return {
    title: item.title,
    summary: item.summary,
    content: item.contentHtml,
    language: item.language,
    feed: { countries: feed.countries, regions: feed.regions, tags: feed.tags },
  };
}

/**
 * What the tagger reads of a report that joined a story: the store keeps only its headline and
 * language, so a re-tag reads those, with its own feed's hints.
 */
export function tagInputOfSource(source: Source, feed: FeedHints): TagInput {
  return {
    title: source.title,
    summary: "",
    language: source.language,
    feed: { countries: feed.countries, regions: feed.regions, tags: feed.tags },
  };
}

/**
 * Tags each item and shapes it for dedup and the store. Items older than the retention
 * window are dropped here: storing them would only have retention delete them again,
 * and every poll would bring them back.
 */
export function prepareItems(
  items: Item[],
  feed: Pick<FeedConfig, "id" | "url" | "name" | "countries" | "regions" | "tags">,
  tag: Tagger,
  now: Date,
  retentionMs: number,
): PreparedItem[] {
  const oldest = now.getTime() - retentionMs;
  return items
    .filter((item) => Date.parse(item.published) >= oldest)
    .map((item) => {
      const tags = tag(tagInputOf(item, feed));
      const language = item.language ?? tags.language;
      return {
        item: { ...item, language },
        tags,
        source: {
          itemId: item.id,
          feedId: feed.id,
          feedName: feed.name ?? null,
          title: item.title,
          link: item.link,
          language,
          published: item.published,
        },
        candidate: {
          itemId: item.id,
          guid: item.guid,
          canonicalUrl: item.canonicalUrl,
          feedId: feed.id,
          title: item.title,
          summary: item.summary,
          language,
          published: item.published,
        },
        ownSite: item.link !== null && sameSite(feed.url, item.link),
      };
    });
}
