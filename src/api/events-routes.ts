import { type Context, Hono } from "hono";
import { filterContext } from "../query/context.ts";
import { filterToQuery } from "../query/describe.ts";
import { parseFilter } from "../query/filter.ts";
import { queryStories } from "../query/find-stories.ts";
import { eventPath, type FeedDocument, HUB_PATH } from "../render/document.ts";
import { loadEvent } from "../render/event-stories.ts";
import { FORMATS, type Format } from "../render/feed-body.ts";
import { renderPage, withinBudget } from "../render/renderers.ts";
import { loadEventSummaries } from "../store/events.ts";
import { baseUrl } from "./base-url.ts";
import type { ApiDeps } from "./deps.ts";
import { pageFacts } from "./page-facts.ts";
import { PAGE_CSP } from "./page-route.ts";
import type { ServeRendered } from "./rendered.ts";
import { JSON_TYPE } from "./stories-api.ts";

const FILE = /^(.+?)(?:\.(xml|atom|json))?$/;

/**
 * GET /events/<id> (the event's page: its developments newest first, each with its sources),
 * /events/<id>.xml|.atom|.json (a feed to follow that one event) and GET /api/events (the
 * events of the stories the usual filters find, most recently active first).
 */
export function eventRoutes(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  const facts = pageFacts(deps);

  app.get("/api/events", (c) => {
    const filter = parseFilter(c.req.queries(), filterContext(deps.config(), deps.now()));
    const base = baseUrl(deps, c);
    return serveRendered(c, {
      key: `${base}/api/events?${filterToQuery(filter)}`,
      contentType: JSON_TYPE,
      filter,
      render: async () => {
        const stories = await queryStories(deps.redis, deps.keys, filter);
        const ids = [...new Set(stories.flatMap((story) => (story.event ? [story.event.id] : [])))];
        const summaries = await loadEventSummaries(deps.redis, deps.keys, ids);
        const events = ids
          .flatMap((id) => summaries.get(id) ?? [])
          .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen))
          .map((event) => ({ ...event, url: `${base}${eventPath(event.id)}` }));
        const newest = events[0]?.lastSeen;
        return { body: JSON.stringify({ events }), lastModified: newest ? new Date(newest) : deps.now() };
      },
    });
  });

  app.get("/events/:file", (c) => {
    const [, id = "", format] = FILE.exec(c.req.param("file")) ?? [];
    return format === undefined ? page(c, id) : feed(c, id, format as Format);
  });

  function documentFor(c: Context, loaded: NonNullable<Awaited<ReturnType<typeof loadEvent>>>): FeedDocument {
    const base = baseUrl(deps, c);
    const { event, developments } = loaded;
    const path = `${base}${eventPath(event.id)}`;
    return {
      base,
      title: `sitrep event: ${event.title}`,
      description: `${event.developments} developments reported by ${event.outlets} outlets since ${event.firstSeen}.`,
      selfUrl: `${base}${new URL(c.req.url).pathname}`,
      pageUrl: path,
      feedUrls: { rss: `${path}.xml`, atom: `${path}.atom`, json: `${path}.json` },
      hubUrl: `${base}${HUB_PATH}`,
      updated: event.lastSeen,
      ...withinBudget(developments),
    };
  }

  const missing = (c: Context, id: string) =>
    c.json({ error: `no event "${id}": never stored, or past the retention period` }, 404);

  async function feed(c: Context, id: string, format: Format) {
    const loaded = await loadEvent(deps.redis, deps.keys, id);
    if (loaded === null) return missing(c, id);
    return serveRendered(c, {
      key: `${baseUrl(deps, c)}${eventPath(id)}.${format}`,
      contentType: FORMATS[format].contentType,
      render: async () => {
        const doc = documentFor(c, loaded);
        return { body: FORMATS[format].render(doc), lastModified: new Date(doc.updated) };
      },
    });
  }

  async function page(c: Context, id: string) {
    const loaded = await loadEvent(deps.redis, deps.keys, id);
    if (loaded === null) return missing(c, id);
    c.header("Content-Security-Policy", PAGE_CSP);
    const now = deps.now();
    return serveRendered(c, {
      key: `${baseUrl(deps, c)}${eventPath(id)}`,
      contentType: "text/html; charset=utf-8",
      render: async () => {
        const doc = documentFor(c, loaded);
        const filter = parseFilter({}, filterContext(deps.config(), now));
        return {
          body: renderPage(doc, { filter, ...(await facts(now)), countryCounts: new Map() }),
          lastModified: new Date(doc.updated),
        };
      },
    });
  }
  return app;
}
