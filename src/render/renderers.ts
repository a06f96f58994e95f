// The renderers' public surface, for the API.

export type { FeedDocument } from "./document.ts";
export { type PageUi, renderPage } from "./page.tsx";
export { renderAtom } from "./render-atom.ts";
export { jsonFeedItem, renderJsonFeed } from "./render-json-feed.ts";
export { renderRss } from "./render-rss.ts";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.ts";
export { withinBudget } from "./size-budget.ts";
export { VOCABULARIES } from "./vocab.ts";
