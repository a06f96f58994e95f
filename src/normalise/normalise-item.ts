import { type Item, ItemSchema } from "../model/item.ts";
import type { RawItem } from "../parse/raw.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { authorNames } from "./author.ts";
import { plausibleDate } from "./dates.ts";
import { itemGuid, itemId } from "./item-id.ts";
import { sanitizeContent } from "./sanitize.ts";
import { distinctLabels, htmlToText, htmlToTextTwice, SUMMARY_MAX, TITLE_MAX } from "./text.ts";
import { canonicalUrl, resolveBase, resolveUrl } from "./url.ts";

/** What an item inherits from its feed. */
export interface FeedScope {
  feedId: string;
  /** Absolute base for the feed's relative URLs. */
  base: string | null;
  /** The feed's language, else the configured hint, already normalised. */
  language: string | null;
  now: Date;
}

export interface Normalised {
  /** Null when the item was skipped; `problems` then says why. */
  item: Item | null;
  problems: string[];
}

/**
 * One adapter item as a validated `Item`. Titles and summaries go through the HTML-to-text
 * path whatever the format claims, because publishers put markup and entities into fields
 * their specs call plain text; a literal "<tag>" in a headline is the price of that.
 */
export function normaliseItem(raw: RawItem, scope: FeedScope): Normalised {
  const problems: string[] = [];
  const date = (value: string | null, field: string): Date | null => {
    const parsed = plausibleDate(value, scope.now);
    if (value?.trim() && parsed === null)
      problems.push(`unusable ${field} date ${JSON.stringify(value.slice(0, 80))}`);
    return parsed;
  };
  const published = date(raw.published, "published");
  const updated = date(raw.updated, "updated");
  // The feed's base is resolved already; most items add none of their own.
  const base = raw.base === null ? scope.base : resolveBase(scope.base, raw.base);
  const link = resolveUrl(raw.link, base);
  const canonical = canonicalUrl(link);
  const title = htmlToTextTwice(raw.title ?? "", TITLE_MAX);
  const guid = itemGuid(raw.guid, canonical, title, published?.toISOString() ?? null);
  if (guid === null) return { item: null, problems: [...problems, "no title, link or guid"] };

  const candidate: Item = {
    id: itemId(scope.feedId, guid),
    guid,
    feedId: scope.feedId,
    title,
    link,
    canonicalUrl: canonical,
    published: (published ?? updated ?? scope.now).toISOString(),
    updated: updated?.toISOString() ?? null,
    author: authorNames(raw.authors),
    summary: htmlToText(raw.summary ?? "", SUMMARY_MAX) || htmlToText(raw.contentHtml ?? "", SUMMARY_MAX),
    contentHtml: sanitizeContent(raw.contentHtml ?? raw.summary ?? "", base),
    categories: distinctLabels(raw.categories),
    language: primaryLanguage(raw.language) ?? scope.language,
  };
  const checked = ItemSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      item: null,
      problems: [...problems, `invalid after normalising: ${checked.error.issues[0]?.message}`],
    };
  }
  return { item: checked.data, problems };
}
