import { setTimeout as sleep } from "node:timers/promises";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { Job, type Queue } from "bullmq";
import { Hono } from "hono";
import { formatDuration } from "../../config/duration.ts";
import { type PollJobData, queuePollNow } from "../../jobs/queue.ts";
import type { ApiDeps } from "../deps.ts";
import { adminAuth } from "./auth.ts";

export const ADMIN_PATH = "/admin";

/** How long "poll now" waits for the poll's first attempt before answering that it is queued. */
export const POLL_NOW_WAIT_MS = 45_000;
const CHECK_EVERY_MS = 200;

type AttemptResult =
  | { status: "polled"; outcome: unknown }
  | { status: "failed"; error: string; retrying: boolean };

/** The first attempt of a job, once a worker has made it; null when none has within `waitMs`. */
async function firstAttempt(
  queue: Queue<PollJobData>,
  jobId: string,
  waitMs: number,
): Promise<AttemptResult | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const job = await Job.fromId<PollJobData>(queue, jobId);
    if (job?.finishedOn !== undefined && job.failedReason === undefined) {
      return { status: "polled", outcome: job.returnvalue };
    }
    if (job && job.attemptsMade > 0 && job.failedReason) {
      return { status: "failed", error: job.failedReason, retrying: job.finishedOn === undefined };
    }
    if (!job || Date.now() >= deadline) return null;
    await sleep(CHECK_EVERY_MS);
  }
}

function queueDashboard(queue: Queue<PollJobData>): Hono {
  const serverAdapter = new HonoAdapter(serveStatic).setBasePath(ADMIN_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue)], serverAdapter });
  return serverAdapter.registerPlugin();
}

/**
 * Everything that changes state or shows the queue, behind the admin token: the Bull Board
 * dashboard at /admin and POST /admin/feeds/:id/poll, which polls the feed now whatever its rest
 * and answers with what came of it. Null when no token is configured,
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
    const job = await queuePollNow(queue, feedId);
    deps.log.info({ feedId, jobId: job.id }, "poll requested by admin");
    const jobId = job.id ?? null;
    const waitMs = deps.pollNowWaitMs ?? POLL_NOW_WAIT_MS;
    const result = jobId === null ? null : await firstAttempt(queue, jobId, waitMs);
    if (result === null) {
      return c.json(
        {
          feedId,
          jobId,
          status: "queued",
          message: `no worker ran the poll within ${formatDuration(waitMs)}; its result will show in /api/feeds`,
        },
        202,
      );
    }
    return c.json({ feedId, jobId, ...result }, 200);
  });
  app.route("/", queueDashboard(queue));
  return app;
}
