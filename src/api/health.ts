import { Hono } from "hono";
import { within } from "../runtime/within.ts";
import { OFFLINE_NOTICE, readConnectivity } from "../signals/check-silence.ts";
import { pushKeys } from "../store/keys.ts";
import type { ApiDeps } from "./deps.ts";

/** Probes must answer promptly: a slow Redis counts as not ready. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * /healthz says the process serves requests, and nothing more: if it also checked Redis, an
 * orchestrator would restart every API replica during a Redis outage, which fixes nothing.
 * /readyz says whether requests can be answered, so a load balancer can route around.
 */
export function healthRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  // A disconnected client would queue the PING until Redis is back: answer from its state instead.
  const redisAnswers = async () => deps.redis.status === "ready" && (await deps.redis.ping()) === "PONG";
  app.get("/healthz", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" });
  });
  app.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    const [redis, queue, connectivity] = await Promise.all([
      within(PROBE_TIMEOUT_MS, redisAnswers, false),
      within(PROBE_TIMEOUT_MS, deps.queueReady, false),
      within(PROBE_TIMEOUT_MS, () => readConnectivity(deps.redis, pushKeys(deps.keys.prefix)), null),
    ]);
    const ok = redis && queue;
    // sitrep's own network being down is reported, not made a 503: the stored stories can still be
    // served, and a load balancer has no better replica to send readers to.
    const network = connectivity?.status ?? "unknown";
    const note = network === "down" ? { note: OFFLINE_NOTICE } : {};
    return c.json({ status: ok ? "ready" : "not ready", redis, queue, network, ...note }, ok ? 200 : 503);
  });
  return app;
}
