import { describe, expect, it } from "vitest";
import {
  MAX_POLL_DELAY_MS,
  minNextPoll,
  parseMaxAge,
  parseRetryAfter,
} from "../../src/fetch/cache-policy.ts";

const NOW = Date.parse("2025-03-04T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates relative to now", () => {
    expect(parseRetryAfter("30", NOW)).toBe(30_000);
    expect(parseRetryAfter("Tue, 04 Mar 2025 12:10:00 GMT", NOW)).toBe(600_000);
  });

  it("treats a date in the past as no wait and caps long waits at a day", () => {
    expect(parseRetryAfter("Tue, 04 Mar 2025 11:00:00 GMT", NOW)).toBe(0);
    expect(parseRetryAfter("9999999", NOW)).toBe(MAX_POLL_DELAY_MS);
  });

  it("returns null for absent or unreadable values", () => {
    expect(parseRetryAfter(undefined, NOW)).toBeNull();
    expect(parseRetryAfter("  ", NOW)).toBeNull();
    expect(parseRetryAfter("-5", NOW)).toBeNull();
    expect(parseRetryAfter("later", NOW)).toBeNull();
  });
});

describe("parseMaxAge", () => {
  it("finds max-age among other directives, quoted or not", () => {
    expect(parseMaxAge("public, max-age=300")).toBe(300_000);
    expect(parseMaxAge('no-cache, MAX-AGE="60", must-revalidate')).toBe(60_000);
    expect(parseMaxAge("max-age=0")).toBe(0);
  });

  it("does not mistake s-maxage or a malformed value for max-age", () => {
    expect(parseMaxAge("s-maxage=600")).toBeNull();
    expect(parseMaxAge("max-age=soon")).toBeNull();
    expect(parseMaxAge("no-store")).toBeNull();
    expect(parseMaxAge(undefined)).toBeNull();
  });
});

describe("minNextPoll", () => {
  it("takes the larger of Retry-After and max-age", () => {
    expect(minNextPoll({ "retry-after": "120", "cache-control": "max-age=60" }, NOW)).toBe(120_000);
    expect(minNextPoll({ "retry-after": "10", "cache-control": "max-age=60" }, NOW)).toBe(60_000);
  });

  it("is null when the server says neither", () => {
    expect(minNextPoll({ "cache-control": "no-cache" }, NOW)).toBeNull();
  });
});
