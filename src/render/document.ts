import type { Story } from "../model/story.ts";
import { sourceLabel, storyContentHtml, storySources, webUrl } from "./content.ts";
import { type Category, storyCategories } from "./vocab.ts";

/** Everything a feed or the page needs; the API fills it, the renderers only format it. */
export interface FeedDocument {
  title: string;
  description: string;
  /** This document's own URL, canonical query included. */
  selfUrl: string;
  /** The WebSub hub to subscribe at for pushed updates of selfUrl. */
  hubUrl: string;
  /** The HTML page showing the same stories. */
  pageUrl: string;
  feedUrls: { rss: string; atom: string; json: string };
  /** ISO 8601: when the newest story changed. */
  updated: string;
  /** Newest first, already filtered and limited. */
  stories: Story[];
}

export interface EntrySource {
  label: string;
  outlet: string;
  feedId: string;
  title: string;
  url: string | null;
  language: string | null;
  published: string;
  /** The representative report, whose title and link the entry carries. */
  main: boolean;
}

/** A story as every format sees it, so the three formats cannot drift apart. */
export interface Entry {
  id: string;
  title: string;
  url: string | null;
  /** ISO 8601 UTC. */
  published: string;
  updated: string;
  author: string | null;
  summary: string;
  contentHtml: string;
  language: string | null;
  categories: Category[];
  /** Every report of the story, the representative one first. */
  sources: EntrySource[];
}

/**
 * Entry ids are tag URIs (RFC 4151) wrapping the story's guid: valid as Atom ids, and the same
 * in every format, so a reader that switches formats does not see the stories as new.
 */
export function entryId(story: Story): string {
  return `tag:sitrep.dev,2025:story/${encodeURIComponent(story.guid)}`;
}

const iso = (text: string | null | undefined): number => (text ? Date.parse(text) : Number.NaN);

/** The latest of the story's times: a joining source changes the entry's content, so it counts. */
function latest(story: Story): string {
  const times = [story.item.published, story.item.updated, story.lastSeen].map(iso).filter(Number.isFinite);
  return new Date(Math.max(...times)).toISOString();
}

export function toEntry(story: Story): Entry {
  const { item } = story;
  return {
    id: entryId(story),
    title: item.title.trim() || item.summary.slice(0, 80) || "(untitled)",
    url: webUrl(item.canonicalUrl) ?? webUrl(item.link),
    published: new Date(item.published).toISOString(),
    updated: latest(story),
    author: item.author,
    summary: item.summary,
    contentHtml: storyContentHtml(story),
    language: story.language ?? item.language,
    categories: storyCategories(story),
    sources: storySources(story).map((source) => ({
      label: sourceLabel(source),
      outlet: source.feedName ?? source.feedId,
      feedId: source.feedId,
      title: source.title,
      url: webUrl(source.link),
      language: source.language,
      published: source.published,
      main: source.itemId === item.id,
    })),
  };
}
