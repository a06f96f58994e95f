import type { Redis } from "ioredis";
import type { StoryFilter } from "../query/filter.ts";
import { queryStories } from "../query/find-stories.ts";
import type { StoreKeys } from "../store/keys.ts";
import { type FeedLocation, feedDocument } from "./document.ts";
import { groupByEvent } from "./event-stories.ts";
import { renderAtom } from "./render-atom.ts";
import { renderJsonFeed } from "./render-json-feed.ts";
import { renderRss } from "./render-rss.ts";

export const FORMATS = {
  xml: { render: renderRss, contentType: "application/rss+xml; charset=utf-8" },
  atom: { render: renderAtom, contentType: "application/atom+xml; charset=utf-8" },
  json: { render: renderJsonFeed, contentType: "application/feed+json; charset=utf-8" },
} as const;
export type Format = keyof typeof FORMATS;
export const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

/** One feed or view in one format: what a reader fetches and what the WebSub hub distributes. */
export interface FeedRequest {
  location: FeedLocation;
  format: Format;
  filter: StoryFilter;
}

/** Queries and renders one feed document, the same bytes for a reader and for a WebSub subscriber. */
export async function renderFeedBody(
  redis: Redis,
  keys: StoreKeys,
  request: FeedRequest,
  now: Date,
): Promise<{ body: string; lastModified: Date }> {
  const found = await queryStories(redis, keys, request.filter);
  const stories =
    request.filter.group === "event" ? await groupByEvent(redis, keys, found, request.location.base) : found;
  const doc = feedDocument(request.location, request.filter, stories, now);
  return { body: FORMATS[request.format].render(doc), lastModified: new Date(doc.updated) };
}
