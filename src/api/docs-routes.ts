import { Hono } from "hono";
import type { Config } from "../setup/config-schema.ts";
import { type Rendering, renderingOf, respondWith } from "./conditional-get.ts";
import type { ApiDeps } from "./deps.ts";
import { buildOpenApi } from "./openapi.ts";
import { PAGE_CSP } from "./page-route.ts";
import { renderReference } from "./reference-page.tsx";
import { JSON_TYPE } from "./stories-api.ts";

/** The documents change only with the config, so the caching of what is served with it fits. */
const DOCS_CACHE_CONTROL = "public, max-age=300";

interface Docs {
  openapi: Rendering;
  reference: Rendering;
}

/** GET /openapi.json and GET /api (the same document as a page), built once per config. */
export function docsRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  // Keyed by the config object, which SIGHUP replaces: a reload rebuilds them on the next request.
  const built = new WeakMap<Config, Docs>();
  const docs = (): Docs => {
    const config = deps.config();
    let found = built.get(config);
    if (!found) {
      const doc = buildOpenApi(config);
      const now = deps.now();
      found = {
        openapi: renderingOf(JSON.stringify(doc), JSON_TYPE, now),
        reference: renderingOf(renderReference(doc), "text/html; charset=utf-8", now),
      };
      built.set(config, found);
    }
    return found;
  };
  app.get("/openapi.json", (c) => respondWith(c, docs().openapi, DOCS_CACHE_CONTROL));
  app.get("/api", (c) => {
    c.header("Content-Security-Policy", PAGE_CSP);
    return respondWith(c, docs().reference, DOCS_CACHE_CONTROL);
  });
  return app;
}
