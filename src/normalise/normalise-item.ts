import { type Item, ItemSchema } from "../model/item.ts";
import type { RawItem } from "../parse/raw.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { repairMojibake } from "../text/mojibake.ts";
import { authorNames } from "./author.ts";
import { plausibleDate } from "./dates.ts";
import { itemGuid, itemId } from "./item-id.ts";
import { sanitizeContent } from "./sanitize.ts";
import { distinctLabels, htmlToText, SUMMARY_MAX } from "./text.ts";
import { headlineFrom, titleText } from "./title.ts";
import { canonicalUrl, resolveBase, resolveUrl, withoutTracking } from "./url.ts";

/** What an item inherits from its feed. */
export interface FeedScope {
  feedId: string;
  /** Absolute base for the feed's relative URLs. */
  base: string | null;
  /** The feed's language, else the configured hint, already normalised. */
  language: string | null;
  now: Date;
}

/**
 * An item normalised but for its content, the costliest part (sanitize-html): `item.contentHtml`
 * still holds the unsanitised source, which with `base` and the item's link decides the
 * sanitised content (`withContent`). A poll can so tell a known item from a changed one
 * without sanitising it.
 */
export interface Draft {
  item: Item;
  base: string | null;
}

/** The item's content sanitised (see `Draft`). */
export function withContent({ item, base }: Draft): Item {
  return { ...item, contentHtml: repairMojibake(sanitizeContent(item.contentHtml, base, item.link)) };
}

/**
 * One adapter item as a validated `Item`, but for its content (see `Draft`). Nothing that says anything is dropped: an item without
 * a title gets one from its description, and one without guid or link is known by its title or
 * text. The link is the publisher's own, less tracking parameters; the canonical URL beside it is
 * only for comparing.
 */
export function draftItem(raw: RawItem, scope: FeedScope): { draft: Draft | null; problems: string[] } {
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
  const resolved = resolveUrl(raw.link, base);
  const link = resolved === null ? null : withoutTracking(resolved);
  const canonical = canonicalUrl(link);
  const summary =
    htmlToText(raw.summary ?? "", SUMMARY_MAX) || htmlToText(raw.contentHtml ?? "", SUMMARY_MAX);
  const author = authorNames(raw.authors);
  let title = titleText(raw.title ?? "", raw.titleType);
  if (title === "" && summary !== "") {
    title = headlineFrom(summary);
    problems.push("no title; headline taken from the description");
  }
  const guid = itemGuid(
    ownGuid(raw.guid, base),
    canonical,
    title,
    published?.toISOString() ?? null,
    [raw.title, summary, author].join(" ").trim(),
  );
  if (guid === null)
    return { draft: null, problems: [...problems, "empty: no title, link, guid, text or author"] };

  const candidate: Item = {
    id: itemId(scope.feedId, guid),
    guid,
    feedId: scope.feedId,
    title,
    link,
    canonicalUrl: canonical,
    published: (published ?? updated ?? scope.now).toISOString(),
    updated: updated?.toISOString() ?? null,
    author,
    summary,
    contentHtml: raw.contentHtml ?? raw.summary ?? "",
    categories: distinctLabels(raw.categories),
    language: primaryLanguage(raw.language) ?? scope.language,
  };
  const checked = ItemSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      draft: null,
      problems: [...problems, `invalid after normalising: ${checked.error.issues[0]?.message}`],
    };
  }
  return { draft: { item: checked.data, base }, problems };
}

/** A guid that is a path on the feed's site ("/bulletins/44") is that URL; any other guid is kept as written. */
function ownGuid(guid: string | null, base: string | null): string | null {
  return guid !== null && /^\s*\/(?!\/)/.test(guid) ? (resolveUrl(guid, base) ?? guid) : guid;
}
