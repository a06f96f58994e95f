import type { Context } from "hono";
import type { ApiDeps } from "./deps.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origin links in documents are built on: the configured public URL, else the request's own
 * when it names a configured or loopback host. Never an arbitrary Host header: the responses are
 * publicly cacheable, and a cache would hand links to the attacker's host to every later reader.
 */
export function baseUrl(deps: ApiDeps, c: Context): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/$/, "");
  const url = new URL(c.req.url);
  const hosts = deps.publicHosts ?? [];
  if (LOOPBACK.has(url.hostname) || hosts.includes(url.host)) return url.origin;
  return `http://${hosts[0] ?? "localhost"}`;
}
