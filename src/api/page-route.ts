import { Hono } from "hono";
import { filterContext } from "../query/context.ts";
import { filterToQuery } from "../query/describe.ts";
import { QueryError } from "../query/error.ts";
import { countByCountry } from "../query/facets.ts";
import { parseFilter, type StoryFilter } from "../query/filter.ts";
import { queryStories } from "../query/find-stories.ts";
import { feedDocument } from "../render/document.ts";
import { renderErrorPage } from "../render/error-page.tsx";
import { groupByEvent } from "../render/event-stories.ts";
import { renderPage, SITE_CSS, SITE_CSS_PATH } from "../render/renderers.ts";
import { OFFLINE_NOTICE, readConnectivity } from "../signals/check-silence.ts";
import { pushKeys } from "../store/keys.ts";
import { baseUrl } from "./base-url.ts";
import { etagOf, type Rendering, respondWith } from "./conditional-get.ts";
import type { ApiDeps } from "./deps.ts";
import { pageFacts } from "./page-facts.ts";
import type { ServeRendered } from "./rendered.ts";

/** The page has no script and no inline style (see renderPage), so it can forbid both outright. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLESHEET_BYTES = Buffer.from(SITE_CSS, "utf8");
const STYLESHEET: Rendering = {
  body: STYLESHEET_BYTES,
  contentType: "text/css; charset=utf-8",
  etag: etagOf(STYLESHEET_BYTES),
  lastModified: new Date(),
};
// Not `immutable`: the stylesheet's URL has no version in it, so a deploy must be able to change it.
// A week of freshness, then a cheap revalidation by ETag.
const STYLESHEET_CACHE_CONTROL = "public, max-age=604800, stale-while-revalidate=86400";

/** GET / (the HTML page, filtered by the same query parameters as the feeds) and its stylesheet. */
export function pageRoutes(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  const facts = pageFacts(deps);

  app.get(SITE_CSS_PATH, (c) => respondWith(c, STYLESHEET, STYLESHEET_CACHE_CONTROL));

  app.get("/", async (c) => {
    c.header("Content-Security-Policy", PAGE_CSP);
    const now = deps.now();
    let filter: StoryFilter;
    try {
      filter = parseFilter(c.req.queries(), filterContext(deps.config(), now));
    } catch (error) {
      // A person reads this answer, so it is a page; the feeds answer the same errors as JSON.
      if (error instanceof QueryError) return c.html(renderErrorPage(error), 400);
      throw error;
    }
    const base = baseUrl(deps, c);
    return serveRendered(c, {
      key: `${base}/?${filterToQuery(filter)}`,
      contentType: "text/html; charset=utf-8",
      filter,
      render: async () => {
        const [found, { options, activity }, countryCounts, connectivity] = await Promise.all([
          queryStories(deps.redis, deps.keys, filter),
          facts(now),
          countByCountry(deps.redis, deps.keys, filter),
          readConnectivity(deps.redis, pushKeys(deps.keys.prefix)),
        ]);
        const stories =
          filter.group === "event" ? await groupByEvent(deps.redis, deps.keys, found, base) : found;
        const doc = feedDocument({ base, feedPath: "/feed.xml", view: false }, filter, stories, now);
        const notice = connectivity?.status === "down" ? OFFLINE_NOTICE : null;
        return {
          body: renderPage(doc, { filter, options, activity, countryCounts, notice }),
          lastModified: new Date(doc.updated),
        };
      },
    });
  });
  return app;
}
