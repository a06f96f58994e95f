import { z } from "zod";
import { duration, httpUrl, slug } from "./feeds.ts";

/** One webhook: stories newly matching `view` (and, with "updated", later reports joining them) are POSTed to `url`. */
export const AlertSchema = z.strictObject({
  id: slug,
  view: slug,
  url: httpUrl,
  /** Signs each body: X-Sitrep-Signature: sha256=<hex HMAC-SHA256 of the body>. */
  secret: z.string().min(16, "must be at least 16 characters").optional(),
  on: z
    .array(z.enum(["new", "updated"]))
    .refine((events) => events.includes("new") && new Set(events).size === events.length, {
      message: 'must be ["new"] or ["new", "updated"]',
    })
    .default(["new"]),
});

/** Silence of a country's feeds as news: see the README's "Silence as a signal". */
export const SilenceSchema = z.strictObject({
  /** How long the feeds must have been unreachable. */
  after: duration(60_000).prefault("30m"),
  /** The part of the country's feeds that must be unreachable, above 0 and at most 1. */
  share: z.number().gt(0).max(1).default(0.6),
  /** And at least this many of them. */
  minFeeds: z.number().int().min(1).default(3),
});

export const SignalsSchema = z.strictObject({ silence: SilenceSchema.optional() });

/** The WebSub hub's limits. */
export const WebSubSchema = z.strictObject({
  /** Lease given when a subscriber asks for none. */
  defaultLease: duration(60_000).prefault("10d"),
  /** Longest lease granted; longer requests are cut to this. */
  maxLease: duration(60_000).prefault("30d"),
  maxPerTopic: z.number().int().min(1).default(100),
  /** Subscriptions whose callbacks share one host, over every topic. */
  maxPerCallbackHost: z.number().int().min(1).default(50),
});

export type AlertConfig = z.output<typeof AlertSchema>;
export type SilenceConfig = z.output<typeof SilenceSchema>;
export type WebSubConfig = z.output<typeof WebSubSchema>;
