import type { Story } from "../model/story.ts";
import { describeFilter, filterToQuery } from "../query/describe.ts";
import type { StoryFilter } from "../query/filter.ts";
import { type EntryEvent, sourceLabel, storyContentHtml, storySources, webUrl } from "./content.ts";
import { withinBudget } from "./size-budget.ts";
import { type Category, storyCategories } from "./vocab.ts";

/** Everything a feed or the page needs; the API fills it, the renderers only format it. */
export interface FeedDocument {
  /** The site's base URL, for links to event pages. */
  base: string;
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
  /** Newest first, already filtered and limited, and within the document's size budget. */
  stories: Story[];
  /** Stories that matched but were left out to keep the document within its size budget. */
  omitted: number;
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
  /** The event the story is part of, with its page. */
  event: EntryEvent | null;
}

/** The page of an event: /events/<id>; add .xml, .atom or .json for its feeds. */
export function eventPath(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}`;
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

export function toEntry(story: Story, base: string): Entry {
  const { item } = story;
  const event = story.event && { ...story.event, url: `${base}${eventPath(story.event.id)}` };
  return {
    id: entryId(story),
    title: item.title.trim() || item.summary.slice(0, 80) || "(untitled)",
    // The publisher's own address: the canonical URL only compares reports, and many sites
    // answer only on http, or only with "www.".
    url: webUrl(item.link),
    published: new Date(item.published).toISOString(),
    updated: latest(story),
    author: item.author,
    summary: item.summary,
    contentHtml: storyContentHtml(story, event),
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
    event,
  };
}

/** Where a feed is served: "/feed.atom", or "/views/kz.json" for a named view. */
export interface FeedLocation {
  base: string;
  feedPath: string;
  /** A view's URL names its filter, so its feed links carry no query (views refuse one). */
  view: boolean;
}

/** This feed's canonical URL: a view's path alone, else the path with the canonical query. */
export function selfUrl({ base, feedPath, view }: FeedLocation, filter: StoryFilter): string {
  const query = view ? "" : filterToQuery(filter);
  return `${base}${feedPath}${query ? `?${query}` : ""}`;
}

/** sitrep's own WebSub hub, which every feed and view advertises. */
export const HUB_PATH = "/websub";

/** The Link header value naming the hub and the topic (RFC 8288, W3C WebSub §4). */
export function hubLinks(base: string, topic: string): string {
  return `<${base}${HUB_PATH}>; rel="hub", <${topic}>; rel="self"`;
}

/**
 * The document every format and the page render: the same stories and links whatever the
 * format. The page passes its RSS twin as feedPath, so its subscribe links carry its filter.
 */
export function feedDocument(
  location: FeedLocation,
  filter: StoryFilter,
  stories: Story[],
  now: Date,
): FeedDocument {
  const { base, feedPath, view } = location;
  const query = filterToQuery(filter);
  const suffix = query ? `?${query}` : "";
  const feedSuffix = view ? "" : suffix;
  const stem = feedPath.replace(/\.(xml|atom|json)$/, "");
  const described = describeFilter(filter);
  const newest = Math.max(...stories.map((story) => Date.parse(story.lastSeen)).filter(Number.isFinite));
  return {
    base,
    title: described ? `sitrep: ${described}` : "sitrep: all stories",
    description: `Crisis news merged from many sources${described ? `, filtered on ${described}` : ""}.`,
    selfUrl: selfUrl(location, filter),
    hubUrl: `${base}${HUB_PATH}`,
    // Views have no page of their own: theirs is the page with the same filter.
    pageUrl: `${base}/${suffix}`,
    feedUrls: {
      rss: `${base}${stem}.xml${feedSuffix}`,
      atom: `${base}${stem}.atom${feedSuffix}`,
      json: `${base}${stem}.json${feedSuffix}`,
    },
    updated: Number.isFinite(newest) ? new Date(newest).toISOString() : now.toISOString(),
    ...withinBudget(stories),
  };
}
