import { type Entry, type FeedDocument, toEntry } from "./document.ts";

/**
 * One JSON Feed 1.1 item. `tags` are the bare codes and slugs; which vocabulary each belongs
 * to, and every report of the story, go in the `_sitrep` extension (JSON Feed's convention
 * for extensions: a key starting with an underscore).
 */
function item(entry: Entry) {
  const terms = (vocabulary: string) =>
    entry.categories
      .filter((category) => category.vocabulary === vocabulary)
      .map((category) => category.term);
  return {
    id: entry.id,
    url: entry.url ?? undefined,
    title: entry.title,
    content_html: entry.contentHtml,
    summary: entry.summary,
    date_published: entry.published,
    date_modified: entry.updated,
    authors: entry.author === null ? undefined : [{ name: entry.author }],
    tags: entry.categories.map((category) => category.term),
    language: entry.language ?? undefined,
    _sitrep: {
      countries: terms("country"),
      regions: terms("region"),
      crises: terms("crisis"),
      custom: terms("custom"),
      sources: entry.sources.map((source) => ({
        outlet: source.outlet,
        feed_id: source.feedId,
        title: source.title,
        url: source.url,
        language: source.language,
        date_published: source.published,
        main: source.main,
      })),
    },
  };
}

export function renderJsonFeed(doc: FeedDocument): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: doc.title,
    home_page_url: doc.pageUrl,
    feed_url: doc.selfUrl,
    description: doc.description,
    authors: [{ name: "sitrep" }],
    items: doc.stories.map((story) => item(toEntry(story))),
  });
}
