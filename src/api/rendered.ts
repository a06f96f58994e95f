import type { Context } from "hono";
import type { StoryFilter } from "../query/filter.ts";
import { searchesText } from "../query/match.ts";
import { type Rendering, renderingOf, respondWith } from "./conditional-get.ts";
import type { ApiDeps } from "./deps.ts";
import { RenderCache } from "./render-cache.ts";
import type { SearchLimiter } from "./search-limit.ts";
import { isStoreUnavailable } from "./store-unavailable.ts";

export interface RenderRequest {
  /** What the body depends on besides the store: the base URL, the path and the canonical query. */
  key: string;
  contentType: string;
  render: () => Promise<{ body: string; lastModified: Date }>;
  /** The stories the rendering reads: one that searches their text is rate-limited per client. */
  filter?: Pick<StoryFilter, "q" | "exclude">;
}

/** Serves a rendering from the cache, or renders it; both answer conditional requests. */
export type ServeRendered = (c: Context, request: RenderRequest) => Promise<Response>;

/** Feeds at limit=500 reach about a megabyte; this keeps a few hundred typical ones. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** RFC 9211: answered from sitrep's own cache, without asking the store. */
export const STALE_CACHE_STATUS = 'sitrep; hit; detail="stale, store unreachable"';
/** Downstream caches may keep a stale copy but must ask again before reusing it, so it ends with the outage. */
const STALE_CACHE_CONTROL = "no-cache";

/**
 * One cache for every rendered route, each rendering valid for one store version
 * (`${prefix}:meta:version`, bumped by every story write): reading that one key is all a
 * repeated request costs.
 *
 * When the store cannot be asked, the route's last rendering is served, marked stale, rather
 * than a 503: the workers write to the same Redis, so during an outage nothing newer exists
 * anywhere and the copy is what a reader would get anyway; a feed reader shows it as "no
 * new stories" where a 503 shows as a broken feed, and one that already holds it gets 304.
 * Only a route never rendered since start (or evicted) answers 503.
 */
export function renderedResponses(deps: ApiDeps, searches: SearchLimiter): ServeRendered {
  const cache = new RenderCache<Rendering>({
    maxBytes: CACHE_BYTES,
    maxEntries: 1024,
    maxAgeMs: 60_000,
    sizeOf: (rendering) => rendering.body.byteLength,
  });
  const render = async (request: RenderRequest): Promise<Rendering> => {
    const { body, lastModified } = await request.render();
    return renderingOf(body, request.contentType, lastModified);
  };
  // Requests that come in while the version is being read share that read: under load one GET
  // then serves many requests, and none is answered from a version read before it arrived
  // by more than that one round trip.
  let reading: Promise<string> | null = null;
  const storeVersion = () => {
    reading ??= deps.redis
      .get(deps.keys.version)
      .then((version) => version ?? "0")
      .finally(() => {
        reading = null;
      });
    return reading;
  };
  return async (c, request) => {
    let rendering: Rendering;
    try {
      const version = await storeVersion();
      const now = deps.now().getTime();
      // Only a search that will run costs the client: one the cache answers, or is making already, is free.
      if (request.filter && searchesText(request.filter) && !cache.has(request.key, version, now)) {
        searches.admit(c, now);
      }
      rendering = await cache.get(request.key, version, now, () => render(request));
    } catch (error) {
      const stale = isStoreUnavailable(error, deps.redis) ? cache.lastGood(request.key) : undefined;
      if (!stale) throw error;
      c.header("Cache-Status", STALE_CACHE_STATUS);
      return respondWith(c, stale, STALE_CACHE_CONTROL);
    }
    return respondWith(c, rendering);
  };
}
