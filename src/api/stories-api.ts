import { Hono } from "hono";
import type { z } from "zod";
import { filterContext } from "../query/context.ts";
import { encodeCursor, readCursor, STORY_ID } from "../query/cursor.ts";
import { filterToQuery } from "../query/describe.ts";
import { QueryError } from "../query/error.ts";
import { parseFilter } from "../query/filter.ts";
import { queryStoryPage } from "../query/find-stories.ts";
import { loadStories } from "../store/stories.ts";
import type { ApiDeps } from "./deps.ts";
import type { ServeRendered } from "./rendered.ts";
import type { StoryPageSchema } from "./schemas.ts";
import { lastChange, toDetail, toSummary } from "./story-json.ts";

export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * GET /api/stories (the feeds' filters, a page at a time) and GET /api/stories/:id (one
 * story with every report and the evidence for its tags).
 */
export function storiesApi(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();

  app.get("/api/stories", (c) => {
    const { cursor, ...params } = c.req.queries();
    const after = readCursor(cursor);
    const filter = parseFilter(params, filterContext(deps.config(), deps.now()));
    return serveRendered(c, {
      key: `/api/stories?${filterToQuery(filter)}&cursor=${after ? encodeCursor(after) : ""}`,
      contentType: JSON_TYPE,
      filter,
      render: async () => {
        const page = await queryStoryPage(deps.redis, deps.keys, filter, after);
        const body: z.output<typeof StoryPageSchema> = {
          stories: page.stories.map(toSummary),
          next: page.next && encodeCursor(page.next),
        };
        return { body: JSON.stringify(body), lastModified: lastChange(page.stories, deps.now()) };
      },
    });
  });

  app.get("/api/stories/:id", async (c) => {
    const id = c.req.param("id");
    if (!STORY_ID.test(id)) {
      throw new QueryError(
        "id",
        `"${id.slice(0, 80)}" is not a story id`,
        "1 to 64 characters of A-Z a-z 0-9 - _",
      );
    }
    const [story] = await loadStories(deps.redis, deps.keys, [id]);
    if (!story) return c.json({ error: `no story "${id}": never stored, or past the retention period` }, 404);
    return c.json(toDetail(story));
  });
  return app;
}
