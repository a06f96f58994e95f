import { Hono } from "hono";
import { readStatuses } from "../store/feed-status.ts";
import type { ApiDeps } from "./deps.ts";

/** GET /api/feeds: every watched feed with its polling status. */
export function feedsApi(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get("/api/feeds", async (c) => {
    const feeds = deps.config().feeds;
    const statuses = await readStatuses(
      deps.redis,
      deps.keys,
      feeds.map((feed) => feed.id),
    );
    return c.json(
      feeds.map((feed, index) => {
        const status = statuses[index];
        return {
          id: feed.id,
          url: feed.url,
          name: feed.name ?? null,
          language: feed.language ?? null,
          lastAttemptAt: status?.lastAttemptAt ?? null,
          lastSuccessAt: status?.lastSuccessAt ?? null,
          lastStatus: status?.lastStatus ?? null,
          lastError: status?.lastError ?? null,
          consecutiveFailures: status?.consecutiveFailures ?? 0,
          itemCount: status?.itemCount ?? 0,
          itemsStored: status?.itemsStored ?? 0,
          nextPollAt: status?.nextPollAt ?? null,
          disabled: status?.disabled ?? false,
        };
      }),
    );
  });
  return app;
}
