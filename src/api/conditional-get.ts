import { createHash } from "node:crypto";
import type { Context } from "hono";

/** A finished response body with its validators. */
export interface Rendering {
  /** Encoded once when rendered, not on every request that reuses it. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  lastModified: Date;
}

/** Feed readers poll every few minutes; a minute of caching spares sitrep without delaying news much. */
export const FEED_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** A strong validator: the body's hash, so equal bodies share it across restarts and replicas. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** A body ready to serve: its bytes, with the validators computed from them. */
export function renderingOf(body: string, contentType: string, lastModified: Date): Rendering {
  const bytes = Buffer.from(body, "utf8");
  return { body: bytes, contentType, etag: etagOf(bytes), lastModified };
}

/**
 * Weak comparison (RFC 9110 §13.1.2): the compress middleware turns the ETag weak when it
 * gzips, and a reader sends back whichever form it got.
 */
function matchesEtag(header: string, etag: string): boolean {
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/** HTTP dates have whole seconds, so the rendering's time is compared at that precision. */
function notModifiedSince(header: string, lastModified: Date): boolean {
  const since = Date.parse(header);
  return Number.isFinite(since) && since >= Math.floor(lastModified.getTime() / 1000) * 1000;
}

/**
 * Answers 304 when the reader's copy is current, else the rendering with its validators.
 * If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
 */
export function respondWith(c: Context, rendering: Rendering, cacheControl = FEED_CACHE_CONTROL): Response {
  c.header("ETag", rendering.etag);
  c.header("Last-Modified", rendering.lastModified.toUTCString());
  c.header("Cache-Control", cacheControl);
  c.header("Vary", "Accept-Encoding");
  const ifNoneMatch = c.req.header("If-None-Match");
  const ifModifiedSince = c.req.header("If-Modified-Since");
  const fresh =
    ifNoneMatch !== undefined
      ? matchesEtag(ifNoneMatch, rendering.etag)
      : ifModifiedSince !== undefined && notModifiedSince(ifModifiedSince, rendering.lastModified);
  if (fresh) return c.body(null, 304);
  c.header("Content-Type", rendering.contentType);
  return c.body(rendering.body);
}
