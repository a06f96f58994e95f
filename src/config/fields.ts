import { z } from "zod";
import { formatDuration, parseDuration } from "./duration.ts";

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
