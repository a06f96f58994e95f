import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "../log.ts";
import type { ApiMetrics } from "../metrics/registry.ts";

/**
 * Times every request into the latency histogram and logs one line for it at debug level.
 * The histogram is labelled by route pattern ("/views/:file"), never by raw path, so a
 * crawler trying random URLs cannot grow the number of series.
 */
export function observeRequests(log: Logger, metrics: ApiMetrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    const status = c.res.status;
    // Only middleware ("/*") matched: no route answered this path.
    const pattern = routePath(c, -1);
    const route = pattern === "/*" || pattern === "*" ? "(unmatched)" : pattern;
    metrics.requestDuration.observe({ method: c.req.method, route, status: String(status) }, ms / 1000);
    // Checked first, so a level above debug pays nothing for the line.
    if (!log.isLevelEnabled("debug")) return;
    log.debug(
      { method: c.req.method, path: c.req.path, route, status, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  };
}
