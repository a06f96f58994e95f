import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Queue } from "bullmq";
import { Hono } from "hono";
import { POLL_JOB, POLL_JOB_OPTIONS, type PollJobData } from "../../jobs/queue.ts";
import type { ApiDeps } from "../deps.ts";
import { adminAuth } from "./auth.ts";

export const ADMIN_PATH = "/admin";

function queueDashboard(queue: Queue<PollJobData>): Hono {
  const serverAdapter = new HonoAdapter(serveStatic).setBasePath(ADMIN_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue)], serverAdapter });
  return serverAdapter.registerPlugin();
}

/**
 * Everything that changes state or shows the queue, behind the admin token: the Bull Board
 * dashboard at /admin and POST /admin/feeds/:id/poll. Null when no token is configured,
 * so the routes do not exist at all (404) rather than answer 401 to everyone.
 */
export function adminRoutes(deps: ApiDeps): Hono | null {
  const { adminToken, queue } = deps;
  if (!adminToken || !queue) return null;
  const app = new Hono();
  app.use("*", adminAuth(adminToken, deps.publicUrl ? new URL(deps.publicUrl).origin : null));

  app.post("/feeds/:id/poll", async (c) => {
    const feedId = c.req.param("id");
    if (!deps.config().feeds.some((feed) => feed.id === feedId)) {
      return c.json({ error: `no feed "${feedId}" is configured` }, 404);
    }
    // Clicking twice before the first poll ran queues one poll, not two.
    const job = await queue.add(
      POLL_JOB,
      { feedId },
      { ...POLL_JOB_OPTIONS, deduplication: { id: `poll-now:${feedId}` } },
    );
    deps.log.info({ feedId, jobId: job.id }, "poll requested by admin");
    return c.json({ feedId, jobId: job.id ?? null, status: "queued" }, 202);
  });
  app.route("/", queueDashboard(queue));
  return app;
}
