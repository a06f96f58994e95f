import type { Context } from "hono";
import type { ApiDeps } from "./deps.ts";

/** The origin links in documents are built on: the configured public URL, else the request's own. */
export function baseUrl(deps: ApiDeps, c: Context): string {
  return deps.publicUrl?.replace(/\/$/, "") ?? new URL(c.req.url).origin;
}
