import type { Context } from "hono";
import type { Story } from "../model/story.ts";
import { describeFilter, filterToQuery, type StoryFilter } from "../query/filter.ts";
import type { FeedDocument } from "../render/index.ts";
import type { ApiDeps } from "./deps.ts";

export function baseUrl(deps: ApiDeps, c: Context): string {
  return deps.publicUrl?.replace(/\/$/, "") ?? new URL(c.req.url).origin;
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
    stories,
  };
}
