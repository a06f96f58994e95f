import { Hono } from "hono";
import { renderOpml } from "../opml/write.ts";
import type { ApiDeps } from "./deps.ts";

/** GET /opml: the watched feeds, for a feed reader to subscribe to them one by one. */
export function opmlRoute(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get("/opml", (c) => {
    const body = renderOpml(deps.config().feeds, { title: "sitrep: watched feeds", now: deps.now() });
    return c.body(body, 200, {
      "Content-Type": "text/x-opml; charset=utf-8",
      "Content-Disposition": 'inline; filename="sitrep-feeds.opml"',
    });
  });
  return app;
}
