import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createApiMetrics } from "../metrics/registry.ts";
import { QueryError } from "../query/error.ts";
import { ADMIN_PATH, adminRoutes } from "./admin/routes.ts";
import { alertsApi } from "./alerts-api.ts";
import { compression } from "./compression.ts";
import { responsePolicy } from "./data-policy.ts";
import type { ApiDeps } from "./deps.ts";
import { docsRoutes } from "./docs-routes.ts";
import { eventRoutes } from "./events-routes.ts";
import { feedsApi } from "./feeds-api.ts";
import { healthRoutes } from "./health.ts";
import { metricsRoute } from "./metrics.ts";
import { observeRequests } from "./observe.ts";
import { opmlRoute } from "./opml-routes.ts";
import { pageRoutes } from "./page-route.ts";
import { renderedResponses } from "./rendered.ts";
import { DEFAULT_SEARCH_LIMITS, SearchLimiter } from "./search-limit.ts";
import { isStoreUnavailable, storeUnavailable } from "./store-unavailable.ts";
import { storiesApi } from "./stories-api.ts";
import { syndicationRoutes } from "./syndication.ts";
import { tagsApi } from "./tags-api.ts";
import { webSubHub } from "./websub-hub.ts";

export function createApp(deps: ApiDeps): Hono {
  // Not strict about a trailing slash: the dashboard's UI links to "/admin/" and its pages below it.
  const app = new Hono({ strict: false });
  const metrics = createApiMetrics({ redis: deps.redis, keys: deps.keys, queue: deps.queue ?? null });
  app.use(observeRequests(deps.log, metrics));
  app.use(responsePolicy(ADMIN_PATH));
  app.use(compression());

  const serveRendered = renderedResponses(
    deps,
    new SearchLimiter(deps.searchLimits ?? DEFAULT_SEARCH_LIMITS),
  );
  app.route("/", healthRoutes(deps));
  app.route("/", metricsRoute(deps, metrics.registry));
  app.route("/", pageRoutes(deps, serveRendered));
  app.route("/", syndicationRoutes(deps, serveRendered));
  app.route("/", feedsApi(deps));
  app.route("/", storiesApi(deps, serveRendered));
  app.route("/", eventRoutes(deps, serveRendered));
  app.route("/", tagsApi(deps, serveRendered));
  app.route("/", docsRoutes(deps));
  app.route("/", opmlRoute(deps));
  app.route("/", alertsApi(deps));
  app.route("/", webSubHub(deps));
  const admin = adminRoutes(deps);
  if (admin) app.route(ADMIN_PATH, admin);

  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  // Every error becomes a response here, so routes just throw.
  app.onError((error, c) => {
    if (error instanceof QueryError) {
      return c.json({ error: error.message, param: error.param, accepted: error.accepted }, 400);
    }
    if (error instanceof HTTPException) return error.getResponse();
    // Logged by the connection's error events and the request log, not once more per request here.
    if (isStoreUnavailable(error, deps.redis)) return storeUnavailable().getResponse();
    deps.log.error({ err: error, path: c.req.path }, "request failed");
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}
