import { type Context, Hono } from "hono";
import { filterContext } from "../query/context.ts";
import { filterToQuery } from "../query/describe.ts";
import { QueryError } from "../query/error.ts";
import { parseFilter, type StoryFilter } from "../query/filter.ts";
import { queryStories } from "../query/find-stories.ts";
import { resolveView } from "../query/view.ts";
import { feedDocument } from "../render/document.ts";
import { type FeedDocument, renderAtom, renderJsonFeed, renderRss } from "../render/renderers.ts";
import { baseUrl } from "./base-url.ts";
import type { ApiDeps } from "./deps.ts";
import type { ServeRendered } from "./rendered.ts";

export const FORMATS = {
  xml: { render: renderRss, contentType: "application/rss+xml; charset=utf-8" },
  atom: { render: renderAtom, contentType: "application/atom+xml; charset=utf-8" },
  json: { render: renderJsonFeed, contentType: "application/feed+json; charset=utf-8" },
} as const;
type Format = keyof typeof FORMATS;
const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

/** /feed.{xml,atom,json} with query filters, and /views/<name>.{xml,atom,json} for named views. */
export function syndicationRoutes(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  const context = () => filterContext(deps.config(), deps.now());

  function serve(c: Context, format: Format, filter: StoryFilter, view: boolean): Promise<Response> {
    const base = baseUrl(deps, c);
    const feedPath = new URL(c.req.url).pathname;
    return serveRendered(c, {
      key: `${base}${feedPath}?${filterToQuery(filter)}`,
      contentType: FORMATS[format].contentType,
      render: async () => {
        const stories = await queryStories(deps.redis, deps.keys, filter);
        const doc: FeedDocument = feedDocument({ base, feedPath, view }, filter, stories, deps.now());
        return { body: FORMATS[format].render(doc), lastModified: new Date(doc.updated) };
      },
    });
  }

  for (const format of Object.keys(FORMATS) as Format[]) {
    app.get(`/feed.${format}`, (c) => serve(c, format, parseFilter(c.req.queries(), context()), false));
  }

  app.get("/views/:file", (c) => {
    const file = c.req.param("file");
    const dot = file.includes(".") ? file.lastIndexOf(".") : file.length;
    const [name, format] = [file.slice(0, dot), file.slice(dot + 1)];
    const views = deps.config().views;
    const view = Object.hasOwn(views, name) ? views[name] : undefined;
    // A mistyped view is a mistake in the request, like a bad parameter, not a missing document.
    if (!view) {
      throw new QueryError(
        "view",
        `unknown view "${name}"`,
        Object.keys(views).join(", ") || "none: no views are configured",
      );
    }
    if (!isFormat(format)) {
      throw new QueryError("format", `unknown format "${format}"`, Object.keys(FORMATS).join(", "));
    }
    // A view is its whole filter: a query on top would make two names for one feed, or silently do nothing.
    const extra = Object.keys(c.req.queries())[0];
    if (extra !== undefined) throw new QueryError(extra, "views take no query parameters", "none");
    return serve(c, format, resolveView(view, context()), true);
  });
  return app;
}
