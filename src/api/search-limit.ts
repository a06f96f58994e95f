import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { HTTPException } from "hono/http-exception";
import { ipv6Groups } from "../fetch/ssrf.ts";
import { retryLater } from "./retry-later.ts";

/** How many uncached text searches (`q`, `exclude`) one client may start: a burst, then a steady rate. */
export interface SearchLimits {
  /** Searches a client may start at once: the size of its bucket. */
  burst: number;
  /** Searches a client regains per minute. */
  perMinute: number;
  /**
   * Proxies in front of sitrep (TRUST_PROXY): the client is the address the outermost of them
   * saw, that many entries from the right of X-Forwarded-For. 0 believes no header at all.
   */
  trustedProxies: number;
}

/** One that few stories match costs 0.2–0.5 s of CPU (README, Security and limits): 20 a minute is about a tenth of a core. */
export const DEFAULT_SEARCH_LIMITS: SearchLimits = { burst: 20, perMinute: 20, trustedProxies: 0 };

// Buckets are forgotten past this many clients, least recently seen first, so many addresses cannot grow memory.
const MAX_CLIENTS = 50_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per client, in this process's memory: each API process limits on its own.
 * An IPv6 client is its /64, the block one host is usually given, so it cannot start afresh
 * from each of its addresses.
 */
export class SearchLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(private readonly limits: SearchLimits) {}

  /** Spends one of the client's searches; throws a 429 with Retry-After when none is left. */
  admit(c: Context, now: number): void {
    const client = clientOf(c, this.limits.trustedProxies);
    const perMs = this.limits.perMinute / 60_000;
    const held = this.#buckets.get(client);
    this.#buckets.delete(client);
    const tokens = Math.min(
      this.limits.burst,
      (held?.tokens ?? this.limits.burst) + Math.max(0, now - (held?.at ?? now)) * perMs,
    );
    if (tokens < 1) {
      this.#buckets.set(client, { tokens, at: now });
      throw tooManySearches(Math.ceil((1 - tokens) / perMs / 1000), this.limits);
    }
    this.#buckets.set(client, { tokens: tokens - 1, at: now });
    for (const oldest of this.#buckets.keys()) {
      if (this.#buckets.size <= MAX_CLIENTS) break;
      this.#buckets.delete(oldest);
    }
  }
}

/**
 * The client a request counts against: its socket's address, or the address the outermost
 * trusted proxy saw. Each proxy appends the address it saw, so the entries further left were
 * written by the client itself and prove nothing.
 */
function clientOf(c: Context, trustedProxies: number): string {
  const socket = socketAddress(c);
  const forwarded = (c.req.header("X-Forwarded-For") ?? "").split(",").map((hop) => hop.trim());
  const told =
    trustedProxies > 0 && socket !== null ? forwarded[forwarded.length - trustedProxies] : undefined;
  return clientKey(told !== undefined && isIP(told) !== 0 ? told : (socket ?? "unknown"));
}

/** In-process requests (`app.request`, as tests make them) have no socket. */
function socketAddress(c: Context): string | null {
  const bindings = c.env as { incoming?: unknown } | undefined;
  return bindings?.incoming ? (getConnInfo(c).remote.address ?? null) : null;
}

function clientKey(address: string): string {
  const bare = address.split("%")[0] ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return mapped;
  if (isIP(bare) !== 6) return bare;
  const prefix = ipv6Groups(bare)
    .slice(0, 4)
    .map((group) => group.toString(16));
  return `${prefix.join(":")}::/64`;
}

function tooManySearches(retryAfter: number, limits: SearchLimits): HTTPException {
  return retryLater(
    429,
    `too many text searches (q, exclude) from your address: ${limits.burst} at once, then ${limits.perMinute} a minute; try again in ${retryAfter} s, or ask without q and exclude`,
    retryAfter,
  );
}
