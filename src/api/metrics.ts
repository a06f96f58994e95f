import { Hono } from "hono";
import type { Registry } from "prom-client";
import type { ApiDeps } from "./deps.ts";

/** GET /metrics in Prometheus' text format. */
export function metricsRoute(deps: ApiDeps, registry: Registry): Hono {
  const app = new Hono();
  app.get("/metrics", async (c) => {
    // The worker's counters are read from Redis; a disconnected client would queue the
    // reads until it is back, so the scrape fails at once instead (Prometheus records it).
    if (deps.redis.status !== "ready") return c.text("redis unreachable\n", 503);
    return c.body(await registry.metrics(), 200, { "Content-Type": registry.contentType });
  });
  return app;
}
