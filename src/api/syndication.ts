import { type Context, Hono } from "hono";
import { filterToQuery, parseFilter, QueryError, type StoryFilter } from "../query/filter.ts";
import { resolveView } from "../query/view.ts";
import { type FeedDocument, renderAtom, renderJsonFeed, renderRss } from "../render/index.ts";
import { queryStories } from "../store/query-stories.ts";
import type { ApiDeps } from "./deps.ts";
import { baseUrl, feedDocument } from "./document.ts";
import type { ServeRendered } from "./rendered.ts";

const FORMATS = {
  xml: { render: renderRss, contentType: "application/rss+xml; charset=utf-8" },
  atom: { render: renderAtom, contentType: "application/atom+xml; charset=utf-8" },
  json: { render: renderJsonFeed, contentType: "application/feed+json; charset=utf-8" },
} as const;
type Format = keyof typeof FORMATS;
const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

const VIEW_FILE = /^([a-z0-9][a-z0-9_-]*)\.(\w+)$/;

/** /feed.{xml,atom,json} with query filters, and /views/<name>.{xml,atom,json} for named views. */
export function syndicationRoutes(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  const feedIds = () => deps.config().feeds.map((feed) => feed.id);

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
    app.get(`/feed.${format}`, (c) =>
      serve(c, format, parseFilter(c.req.queries(), { now: deps.now(), feedIds: feedIds() }), false),
    );
  }

  app.get("/views/:file", (c) => {
    const [, name = "", format = ""] = VIEW_FILE.exec(c.req.param("file")) ?? [];
    const views = deps.config().views;
    const view = Object.hasOwn(views, name) ? views[name] : undefined;
    if (!view || !isFormat(format)) {
      const known = Object.keys(views).flatMap((known) => Object.keys(FORMATS).map((f) => `${known}.${f}`));
      return c.json(
        {
          error: view ? `unknown format ".${format}"` : `unknown view "${name}"`,
          accepted: known.join(", ") || "(no views configured)",
        },
        404,
      );
    }
    // A view is its whole filter: a query on top would make two names for one feed, or silently do nothing.
    const extra = Object.keys(c.req.queries())[0];
    if (extra !== undefined) throw new QueryError(extra, "views take no query parameters", "none");
    return serve(c, format, resolveView(view, { now: deps.now(), feedIds: feedIds() }), true);
  });
  return app;
}
