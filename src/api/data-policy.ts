import type { MiddlewareHandler } from "hono";

/**
 * Feeds, JSON and every other answer that is data, not a page: a browser that opens one
 * directly (an XML feed can carry XHTML script elements, a JSON body can be sniffed) loads
 * nothing and runs nothing, in a sandbox with an origin of its own.
 */
export const DATA_CSP = "default-src 'none'; sandbox";

/**
 * What hono's `secureHeaders()` sets by default, without HSTS (left to the TLS terminator, which
 * knows the domain): nosniff, no referrer, no framing by others, no cross-origin embedding.
 */
const SECURE_HEADERS: readonly [string, string][] = [
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/**
 * What every response lets a browser do: SECURE_HEADERS always, and DATA_CSP unless the
 * response sets a policy of its own (the HTML page sets a stricter-but-working one), so a route
 * added later is locked down unless it says otherwise. Paths under `exempt` keep their own
 * policy: the admin dashboard is a third-party app that needs its scripts, and sits behind the
 * admin token. One middleware for both, as each layer costs tens of microseconds per request
 * (BENCHMARKS.md, issue 15).
 */
export function responsePolicy(exempt: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of SECURE_HEADERS) headers.set(name, value);
    const path = c.req.path;
    if (path === exempt || path.startsWith(`${exempt}/`)) return;
    if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", DATA_CSP);
  };
}
