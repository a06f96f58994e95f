import countries from "i18n-iso-countries";
import { z } from "zod";
import { REGION_SLUGS } from "../model/regions.ts";
import { formatDuration, parseDuration } from "./duration.ts";
import { strictObject } from "./strict-object.ts";

/** A duration string ("5m", "30d") checked against a floor, turned into milliseconds. */
export function duration(min = 0) {
  return z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === null) {
      ctx.addIssue({
        code: "custom",
        message: `must be a duration such as "90s", "5m", "2h" or "30d", got "${text}"`,
      });
      return z.NEVER;
    }
    if (ms < min) {
      ctx.addIssue({ code: "custom", message: `must be at least ${formatDuration(min)}, got "${text}"` });
      return z.NEVER;
    }
    return ms;
  });
}

export const httpUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  message: "must be an http(s) URL",
});
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "must be a slug: lower-case letters, digits, '-' or '_', at most 64");
const bcp47 = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "de" or "ru-KZ"');
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, such as "KZ"')
  .refine((code) => countries.isValid(code), { message: "is not an assigned ISO 3166-1 alpha-2 code" });
const regionSlug = z.string().refine((slug) => REGION_SLUGS.includes(slug), {
  message: `must be a region slug (see the README's region table), such as "central-asia" or "sahel"`,
});

export const FeedSchema = strictObject({
  id: slug,
  url: httpUrl,
  name: z.string().min(1).optional(),
  language: bcp47.optional(),
  interval: duration(60_000).optional(),
  /** Countries this outlet covers: used when a story names no country itself. */
  countries: z.array(countryCode).optional(),
  /** Regions this outlet covers: used when a story names no country, so regional views still find it. */
  regions: z.array(regionSlug).optional(),
  /** Free-form labels copied onto every story from this feed. */
  tags: z.array(slug).optional(),
});

export const FetchSchema = strictObject({
  timeout: duration(1000).prefault("30s"),
  connectTimeout: duration(100).prefault("10s"),
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .default(15 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  perHostConcurrency: z.number().int().min(1).default(2),
  concurrency: z.number().int().min(1).default(32),
  userAgent: z.string().min(1).optional(),
});

/**
 * How much one feed's processing (parse, normalise, sanitise, tag) may cost. It runs on a pool of
 * threads beside the poller's event loop; a document that needs more is stopped, not waited for.
 */
export const ProcessingSchema = strictObject({
  /** CPU time one document may take on its thread (wall time where the OS does not say). */
  budget: duration(100).prefault("5s"),
  /** Heap of each thread, in MiB: a warmed-up tagger takes about 60 (its place data is shared, outside it). */
  memory: z.number().int().min(256).default(512),
  /** Threads in the pool; unset means the cores less one, at least 2 (one costly feed never holds up the rest), at most 4. */
  threads: z.number().int().min(1).max(64).optional(),
});

export type FeedConfig = z.output<typeof FeedSchema>;
export type FetchConfig = z.output<typeof FetchSchema>;
export type ProcessingConfig = z.output<typeof ProcessingSchema>;
