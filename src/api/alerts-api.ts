import { Hono } from "hono";
import { readPushCounters } from "../push/push-counters.ts";
import { pushKeys } from "../store/keys.ts";
import type { ApiDeps } from "./deps.ts";

/**
 * GET /api/alerts: every configured alert with its deliveries and failures. The webhook URL is
 * shown by its origin only: its path often is the receiver's credential.
 */
export function alertsApi(deps: ApiDeps): Hono {
  const app = new Hono();
  const keys = pushKeys(deps.keys.prefix);
  app.get("/api/alerts", async (c) => {
    const { alerts } = await readPushCounters(deps.redis, keys);
    c.header("Cache-Control", "no-store");
    return c.json(
      deps.config().alerts.map((alert) => ({
        id: alert.id,
        view: alert.view,
        target: new URL(alert.url).origin,
        on: alert.on,
        signed: alert.secret !== undefined,
        delivered: alerts[alert.id]?.delivered ?? 0,
        failed: alerts[alert.id]?.failed ?? 0,
        lastDeliveredAt: alerts[alert.id]?.lastDeliveredAt ?? null,
        lastFailedAt: alerts[alert.id]?.lastFailedAt ?? null,
        lastError: alerts[alert.id]?.lastError ?? null,
      })),
    );
  });
  return app;
}
