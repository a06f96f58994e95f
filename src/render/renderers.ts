// The renderers' public surface, for the API.

export type { FeedDocument } from "./document.ts";
export { type PageUi, renderPage } from "./page.tsx";
export { renderAtom } from "./render-atom.ts";
export { renderJsonFeed } from "./render-json-feed.ts";
export { renderRss } from "./render-rss.ts";
export { SITE_CSS, SITE_CSS_PATH } from "./site-css.ts";
export { VOCABULARIES } from "./vocab.ts";
