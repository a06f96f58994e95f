import type { IncomingHttpHeaders } from "node:http";

/** A server asking for a week's silence is misconfigured or hostile; a day is the most we honour. */
export const MAX_POLL_DELAY_MS = 24 * 60 * 60 * 1000;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return capped(Number(text) * 1000);
  // All three HTTP date formats open with a day name; anything else ("-5") must not reach Date.parse's guesswork.
  if (!/^[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : capped(at - now);
}

/** Cache-Control max-age in milliseconds; directives such as no-cache say nothing about how long to wait. */
export function parseMaxAge(value: string | undefined): number | null {
  const match = value?.match(/(?:^|,)\s*max-age\s*=\s*"?(\d+)"?\s*(?:,|$)/i);
  return match?.[1] === undefined ? null : capped(Number(match[1]) * 1000);
}

/** The earliest the server wants to hear from us again: the stricter of Retry-After and max-age. */
export function minNextPoll(headers: IncomingHttpHeaders, now: number): number | null {
  const waits = [parseRetryAfter(headers["retry-after"], now), parseMaxAge(headers["cache-control"])];
  const known = waits.filter((wait) => wait !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function capped(ms: number): number {
  return Math.min(Math.max(0, ms), MAX_POLL_DELAY_MS);
}
