import { Hono } from "hono";
import type { ApiDeps } from "./deps.ts";

const PROBE_TIMEOUT_MS = 1000;

/** Resolves false instead of hanging when Redis is slow: probes must answer promptly. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([probe().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

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
    const [redis, queue] = await Promise.all([
      within(PROBE_TIMEOUT_MS, redisAnswers),
      within(PROBE_TIMEOUT_MS, deps.queueReady),
    ]);
    const ok = redis && queue;
    return c.json({ status: ok ? "ready" : "not ready", redis, queue }, ok ? 200 : 503);
  });
  return app;
}
