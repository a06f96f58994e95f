import { type Context, Hono } from "hono";
import { filterContext } from "../query/context.ts";
import { filterToQuery } from "../query/describe.ts";
import { QueryError } from "../query/error.ts";
import { parseFilter, type StoryFilter } from "../query/filter.ts";
import { resolveView } from "../query/view.ts";
import { hubLinks, selfUrl } from "../render/document.ts";
import { FORMATS, type Format, isFormat, renderFeedBody } from "../render/feed-body.ts";
import { baseUrl } from "./base-url.ts";
import type { ApiDeps } from "./deps.ts";
import type { ServeRendered } from "./rendered.ts";

/** /feed.{xml,atom,json} with query filters, and /views/<name>.{xml,atom,json} for named views. */
export function syndicationRoutes(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  const context = () => filterContext(deps.config(), deps.now());

  function serve(c: Context, format: Format, filter: StoryFilter, view: boolean): Promise<Response> {
    const location = { base: baseUrl(deps, c), feedPath: new URL(c.req.url).pathname, view };
    // WebSub discovery (W3C WebSub §4): the hub and the topic's own URL, for clients that read only headers.
    c.header("Link", hubLinks(location.base, selfUrl(location, filter)));
    return serveRendered(c, {
      key: `${location.base}${location.feedPath}?${filterToQuery(filter)}`,
      contentType: FORMATS[format].contentType,
      render: () => renderFeedBody(deps.redis, deps.keys, { location, format, filter }, deps.now()),
      filter,
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
