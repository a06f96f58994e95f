import type { MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from "hono/compress";

const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const VARIES_BY_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/**
 * Hono's compress middleware, run only for requests that accept an encoding. For the others it
 * would only add `Vary: Accept-Encoding`, but through `c.header()`, which after the handler
 * copies the response and turns its body into a stream: the server adapter then writes the
 * headers and a chunked body separately, which cost several times what the route did (a
 * /healthz at 0.12× of a bare Hono app). Here that header is set on the response in place.
 */
export function compression(): MiddlewareHandler {
  const gzip = compress();
  return async (c, next) => {
    if (c.req.header("Accept-Encoding")) return gzip(c, next);
    await next();
    const headers = c.res.headers;
    const type = headers.get("Content-Type");
    if (c.req.method === "HEAD" || !type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return;
    if (headers.has("Content-Encoding") || NO_TRANSFORM.test(headers.get("Cache-Control") ?? "")) return;
    // What a reader that does accept an encoding is told too: caches keep the two answers apart.
    const vary = headers.get("Vary");
    if (vary === "*" || (vary && VARIES_BY_ENCODING.test(vary))) return;
    headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  };
}
