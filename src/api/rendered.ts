import type { Context } from "hono";
import { etagOf, type Rendering, respondWith } from "./conditional.ts";
import type { ApiDeps } from "./deps.ts";
import { RenderCache } from "./render-cache.ts";

export interface RenderRequest {
  /** What the body depends on besides the store: the base URL, the path and the canonical query. */
  key: string;
  contentType: string;
  render: () => Promise<{ body: string; lastModified: Date }>;
}

/** Serves a rendering from the cache, or renders it; both answer conditional requests. */
export type ServeRendered = (c: Context, request: RenderRequest) => Promise<Response>;

/** Feeds at limit=500 reach about a megabyte; this keeps a few hundred typical ones. */
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * One cache for every rendered route, keyed by the store version (`${prefix}:meta:version`,
 * bumped by every story write): reading that one key is all a repeated request costs.
 */
export function renderedResponses(deps: ApiDeps): ServeRendered {
  const cache = new RenderCache<Rendering>({
    maxBytes: CACHE_BYTES,
    maxEntries: 1024,
    maxAgeMs: 60_000,
    sizeOf: (rendering) => rendering.body.byteLength,
  });
  return async (c, request) => {
    const version = (await deps.redis.get(deps.keys.version)) ?? "0";
    const rendering = await cache.get(`${version}|${request.key}`, deps.now().getTime(), async () => {
      const { body, lastModified } = await request.render();
      const bytes = Buffer.from(body, "utf8");
      return { body: bytes, lastModified, contentType: request.contentType, etag: etagOf(bytes) };
    });
    return respondWith(c, rendering);
  };
}
