// The renderers' public surface, for the API.
export { type ActivityOptions, type ActivitySeries, activityLabel, countActivity } from "./activity.ts";
export { renderAtom } from "./atom.ts";
export type { FeedDocument } from "./document.ts";
export { jsonFeedItem, renderJsonFeed } from "./json-feed.ts";
export { type PageUi, renderPage } from "./page.tsx";
export { renderRss } from "./rss.ts";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.ts";
export { VOCABULARIES } from "./vocab.ts";
