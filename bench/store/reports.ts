import type { Item } from "../../src/model/item.ts";
import type { Tags } from "../../src/model/tags.ts";
import { storeKeys } from "../../src/store/keys.ts";
import type { StoryReport } from "../../src/store/stories.ts";
import { outletEntries } from "../fixtures/corpus.ts";
import type { NewsEntry } from "../fixtures/news.ts";

/** The keys every store bench writes under, in its private Redis. */
export const BENCH_KEYS = storeKeys("{bench}");
/** The default retention: long enough that nothing expires while a bench runs. */
export const RETENTION_MS = 30 * 86_400_000;

/** Every report of one event joins the story of the first one, as dedup would have it. */
const storyOf = (entry: NewsEntry) => entry.id.replace(/^o\d+-/, "story-");

function itemOf(entry: NewsEntry, feedId: string): Item {
  return {
    id: `${feedId}:${entry.id}`,
    guid: entry.id,
    feedId,
    title: entry.title,
    link: entry.link,
    canonicalUrl: entry.link,
    published: entry.published,
    updated: null,
    author: "Desk",
    summary: entry.summary,
    contentHtml: entry.contentHtml,
    categories: entry.categories,
    language: entry.language,
  };
}

/** Tags of the size the tagger gives: one country, its regions, a crisis, and the evidence for each. */
function tagsOf(entry: NewsEntry): Tags {
  const [crisis, country = "XX"] = entry.categories;
  const regions = ["sub-region", "continent"].map((level) => `${level}-of-${country.toLowerCase()}`);
  const crises = crisis && crisis !== "general" ? [crisis] : [];
  const evidence = [
    { tag: country, kind: "country" as const, rule: "place", field: "title" as const, terms: [country] },
    ...crises.map((tag) => ({
      tag,
      kind: "crisis" as const,
      rule: tag,
      field: "title" as const,
      terms: [tag],
    })),
  ];
  return { language: entry.language, countries: [country], regions, crises, custom: [], evidence };
}

/**
 * Reports of `feeds` generated feeds of `perFeed` items each, in arrival order, with the
 * story each one creates or joins (the store's input once dedup has spoken).
 */
export function corpusReports(feeds: number, perFeed: number, base: Date): StoryReport[] {
  const seen = new Set<string>();
  const shape = { outlets: feeds, itemsPerFeed: perFeed, base };
  return Array.from({ length: feeds }, (_, outlet) => outletEntries(shape, outlet)).flatMap(
    (entries, outlet) =>
      entries.map((entry) => {
        const item = itemOf(entry, `feed-${outlet}`);
        const storyId = storyOf(entry);
        const isNew = !seen.has(storyId);
        seen.add(storyId);
        const source = {
          itemId: item.id,
          feedId: item.feedId,
          feedName: `Outlet ${outlet}`,
          title: item.title,
          link: item.link,
          language: item.language,
          published: item.published,
        };
        return { storyId, isNew, item, source, tags: tagsOf(entry) };
      }),
  );
}
