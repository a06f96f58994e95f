import { Hono } from "hono";
import type { z } from "zod";
import { configTags, filterContext } from "../query/context.ts";
import { filterToQuery } from "../query/describe.ts";
import { QueryError } from "../query/error.ts";
import { countFacets, FACETS, type Facet, type FacetCount, type FacetVocabulary } from "../query/facets.ts";
import { parseFilter } from "../query/filter.ts";
import { PARAMS } from "../query/params.ts";
import type { Config } from "../setup/config-schema.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import type { ApiDeps } from "./deps.ts";
import type { ServeRendered } from "./rendered.ts";
import type { TagCountsSchema } from "./schemas.ts";
import { JSON_TYPE } from "./stories-api.ts";

/** Counts come from the indexes alone: these need every story read, or mean nothing for a count. */
export const UNCOUNTED_PARAMS = ["q", "exclude", "limit"] as const;
/** The parameters /api/tags takes. */
export const COUNTED_PARAMS = PARAMS.filter(
  (name) => !(UNCOUNTED_PARAMS as readonly string[]).includes(name),
);

const FACET_NAMES = Object.keys(FACETS) as Facet[];

function facetVocabulary(config: Config): FacetVocabulary {
  return {
    feedIds: config.feeds.map((feed) => feed.id),
    tags: configTags(config),
    feedLanguages: config.feeds.map((feed) => primaryLanguage(feed.language)).filter((code) => code !== null),
  };
}

const busiestFirst = (counts: FacetCount[] = []) =>
  [...counts].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

/** GET /api/tags: stories per country, region, crisis, language, feed and custom tag, for facets. */
export function tagsApi(deps: ApiDeps, serveRendered: ServeRendered): Hono {
  const app = new Hono();
  app.get("/api/tags", (c) => {
    const params = c.req.queries();
    const uncounted = UNCOUNTED_PARAMS.find((name) => Object.hasOwn(params, name));
    if (uncounted !== undefined) {
      throw new QueryError(
        uncounted,
        "not supported by /api/tags, which counts from the indexes",
        COUNTED_PARAMS.join(", "),
      );
    }
    const config = deps.config();
    const filter = parseFilter(params, filterContext(config, deps.now()));
    return serveRendered(c, {
      key: `/api/tags?${filterToQuery(filter)}`,
      contentType: JSON_TYPE,
      render: async () => {
        const { total, facets } = await countFacets(
          deps.redis,
          deps.keys,
          FACET_NAMES,
          facetVocabulary(config),
          filter,
        );
        const body: z.output<typeof TagCountsSchema> = {
          total,
          country: busiestFirst(facets.country),
          region: busiestFirst(facets.region),
          crisis: busiestFirst(facets.crisis),
          lang: busiestFirst(facets.lang),
          feed: busiestFirst(facets.feed),
          tag: busiestFirst(facets.tag),
        };
        return { body: JSON.stringify(body), lastModified: deps.now() };
      },
    });
  });
  return app;
}
