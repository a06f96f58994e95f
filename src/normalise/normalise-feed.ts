import type { Item } from "../model/item.ts";
import type { RawFeed } from "../parse/raw.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { keepNewest } from "./keep-newest.ts";
import { type Draft, draftItem, withContent } from "./normalise-item.ts";
import { type Placed, settleGuids } from "./shared-guids.ts";
import { htmlToText, TITLE_MAX } from "./text.ts";
import { resolveBase, resolveUrl } from "./url.ts";

/**
 * More items than any real feed carries; the cap bounds the work one document can cause.
 * Measured: 100,000 items (23 MB) take about 2 s and 200 MB (RSS) to 300 MB (Atom) of
 * peak memory, nearly all of it the XML tree; only the kept items are normalised.
 */
export const MAX_ITEMS = 10_000;

export interface FeedMeta {
  title: string | null;
  link: string | null;
  language: string | null;
}

export interface ParsedFeed {
  meta: FeedMeta;
  items: Item[];
  /** Items skipped or repaired and why, e.g. "item 3: no title, link or guid". */
  errors: string[];
}

/** A feed as drafts (see `Draft`): what a poll sorts into known and fresh items before sanitising. */
export interface DraftFeed {
  meta: FeedMeta;
  drafts: Draft[];
  errors: string[];
}

export interface ParseContext {
  feedId: string;
  /** Base for relative links. */
  feedUrl: string;
  languageHint: string | null;
  now: Date;
}

/**
 * A feed's raw items as validated items: links made absolute, dates checked, content sanitised,
 * items sharing a guid told apart, an exact repeat given its first listing's id. A bad item
 * never loses the others but is reported in `errors`.
 */
export function normaliseFeed(feed: RawFeed, ctx: ParseContext): ParsedFeed {
  const { meta, drafts, errors } = draftFeed(feed, ctx);
  return { meta, items: drafts.map(withContent), errors };
}

/** `normaliseFeed` but for the items' content: the drafts of the items it would keep. */
export function draftFeed(feed: RawFeed, ctx: ParseContext): DraftFeed {
  const language = primaryLanguage(feed.language);
  const scope = {
    feedId: ctx.feedId,
    base: resolveBase(ctx.feedUrl, feed.base),
    language: language ?? primaryLanguage(ctx.languageHint),
    now: ctx.now,
  };
  const errors = [...feed.errors];
  const kept = keepNewest(feed.items, MAX_ITEMS, ctx.now);
  if (kept.length < feed.items.length) {
    errors.push(
      `feed has ${feed.items.length} items; kept the newest ${MAX_ITEMS}, skipped ${feed.items.length - kept.length}`,
    );
  }
  const placed: (Placed & Pick<Draft, "base">)[] = [];
  for (const raw of kept) {
    const { draft, problems } = draftItem(raw, scope);
    // An undated item's `published` is the time it was first seen, no part of what it is.
    if (draft)
      placed.push({
        item: draft.item,
        base: draft.base,
        position: raw.position,
        date: draft.item.published === scope.now.toISOString() ? null : draft.item.published,
      });
    errors.push(...problems.map((problem) => `item ${raw.position}: ${problem}`));
  }
  // Different items must have different ids: one id is one item to every later stage.
  const settled = settleGuids(placed, ctx.feedId);
  errors.push(...settled.problems);
  const drafts = settled.kept.map(({ item, base }) => ({ item, base }));
  const meta = {
    title: htmlToText(feed.title ?? "", TITLE_MAX) || null,
    link: resolveUrl(feed.link, scope.base),
    language,
  };
  return { meta, drafts, errors };
}
