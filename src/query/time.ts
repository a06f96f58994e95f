import { z } from "zod";
import { parseDuration } from "../config/duration.ts";
import { QueryError } from "./error.ts";

/**
 * `since`/`until` as written. A duration counts back from the time of each request, so a
 * subscribed "since=24h" feed keeps moving; a date-time stays where it was put.
 */
export type TimeBound = { kind: "ago"; ms: number; text: string } | { kind: "at"; at: Date; text: string };

const MAX_AGO_MS = 3650 * 86_400_000;
export const TIME_ACCEPTED =
  'an ISO 8601 date-time with a zone ("2025-05-01T12:00:00Z"), a date ("2025-05-01") or a duration back from now ("24h", "7d", "1h30m")';

// A date-time without a zone would mean a different instant on every server, so it is refused.
export const dateOrDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export function readBound(param: string, text: string): TimeBound {
  const ms = parseDuration(text);
  if (ms !== null) {
    if (ms <= 0 || ms > MAX_AGO_MS) {
      throw new QueryError(param, `duration "${text}" must be above zero and at most 3650d`, TIME_ACCEPTED);
    }
    // Kept as written: "24h" reads better in a title than the equivalent "1d".
    return { kind: "ago", ms, text: text.trim() };
  }
  const at = dateOrDateTime.safeParse(text).success ? new Date(text) : null;
  if (at === null || Number.isNaN(at.getTime())) {
    throw new QueryError(param, `"${text}" is neither a date-time nor a duration`, TIME_ACCEPTED);
  }
  return { kind: "at", at, text: at.toISOString() };
}

export function resolveBound(bound: TimeBound, now: Date): Date {
  return bound.kind === "at" ? bound.at : new Date(now.getTime() - bound.ms);
}

/** "last 24h", "since 2025-05-01 00:00 UTC": how a bound reads in a feed title. */
export function describeBound(param: "since" | "until", text: string): string {
  const ms = parseDuration(text);
  if (ms !== null) return param === "since" ? `last ${text}` : `until ${text} ago`;
  return `${param} ${text.replace("T", " ").replace(/:\d\d\.\d{3}Z$/, " UTC")}`;
}
