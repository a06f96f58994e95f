import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";

type Credentials = { scheme: "bearer" | "basic"; token: string };

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * The token a request presents: `Authorization: Bearer <token>` for scripts, or HTTP Basic
 * with the token as the password (any user name) so a browser can open the dashboard.
 */
export function readCredentials(header: string | undefined): Credentials | null {
  const match = /^(\w+) +(\S+)\s*$/.exec(header ?? "");
  const scheme = match?.[1]?.toLowerCase();
  const value = match?.[2] ?? "";
  if (scheme === "bearer") return { scheme, token: value };
  if (scheme !== "basic") return null;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { scheme, token: decoded.slice(colon + 1) };
}

/**
 * Lets a request through only with the admin token. Both sides are hashed before the
 * constant-time comparison, so neither the token's content nor its length leaks through timing.
 * A browser re-sends Basic credentials on its own, even for a form another site posts, so a
 * state change made with Basic must also come from this site's own pages.
 */
export function adminAuth(token: string, publicOrigin: string | null): MiddlewareHandler {
  const expected = digest(token);
  const sameSite = csrf(publicOrigin ? { origin: publicOrigin } : {});
  return async (c, next) => {
    const credentials = readCredentials(c.req.header("Authorization"));
    if (credentials === null || !timingSafeEqual(digest(credentials.token), expected)) {
      c.header("WWW-Authenticate", 'Basic realm="sitrep admin", charset="UTF-8"');
      return c.json({ error: "this route needs the admin token (Bearer, or Basic as the password)" }, 401);
    }
    return credentials.scheme === "basic" ? sameSite(c, next) : next();
  };
}
