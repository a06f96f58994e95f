import type { MiddlewareHandler } from "hono";

/**
 * Feeds, JSON and every other answer that is data, not a page: a browser that opens one
 * directly (an XML feed can carry XHTML script elements, a JSON body can be sniffed) loads
 * nothing and runs nothing, in a sandbox with an origin of its own.
 */
export const DATA_CSP = "default-src 'none'; sandbox";

/**
 * Gives DATA_CSP to every response that sets no policy of its own (the HTML page sets a
 * stricter-but-working one), so a route added later is locked down unless it says otherwise.
 * Paths under `exempt` keep what they send: the admin dashboard is a third-party app that
 * needs its scripts, and sits behind the admin token.
 */
export function dataPolicy(exempt: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    if (path === exempt || path.startsWith(`${exempt}/`)) return;
    if (!c.res.headers.has("Content-Security-Policy")) c.res.headers.set("Content-Security-Policy", DATA_CSP);
  };
}
