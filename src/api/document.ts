import type { Context } from "hono";
import type { Story } from "../model/story.ts";
import { describeFilter, filterToQuery, type StoryFilter } from "../query/filter.ts";
import type { FeedDocument } from "../render/index.ts";
import type { ApiDeps } from "./deps.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origin of self links: PUBLIC_URL, else the request's own when it names a configured or
 * loopback host. Never an arbitrary Host header: the responses are publicly cacheable, and a
 * cache would hand links to the attacker's host to every later reader.
 */
export function baseUrl(deps: ApiDeps, c: Context): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/$/, "");
  const url = new URL(c.req.url);
  const hosts = deps.publicHosts ?? [];
  if (LOOPBACK.has(url.hostname) || hosts.includes(url.host)) return url.origin;
  return `http://${hosts[0] ?? "localhost"}`;
}

/** Where a feed is served: "/feed.atom", or "/views/kz.json" for a named view. */
export interface FeedLocation {
  base: string;
  feedPath: string;
  /** A view's URL names its filter, so its feed links carry no query (views refuse one). */
  view: boolean;
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
    selfUrl: `${base}${feedPath}${feedSuffix}`,
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
