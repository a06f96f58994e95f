import { z } from "zod";

/**
 * The normalised item: what every format adapter produces once normalised, and
 * the field names the CLI, the store and the JSON API promise to outside tools.
 */
export const ItemSchema = z.object({
  /** Stable id: a hash of the feed id and the item's guid (or canonical URL when there is none). */
  id: z.string().min(1),
  /** The guid the source gave, or the canonical URL when it gave none. */
  guid: z.string().min(1),
  feedId: z.string().min(1),
  title: z.string(),
  link: z.string().url().nullable(),
  canonicalUrl: z.string().url().nullable(),
  /** ISO 8601 UTC. Falls back to the time the item was first seen. */
  published: z.iso.datetime(),
  updated: z.iso.datetime().nullable(),
  author: z.string().nullable(),
  /** Plain text, no markup. */
  summary: z.string(),
  /** Sanitised HTML: no scripts, event handlers, javascript: URLs or iframes. */
  contentHtml: z.string(),
  categories: z.array(z.string()),
  /** BCP 47 primary tag such as "de" or "ru", when known. */
  language: z.string().nullable(),
});
export type Item = z.infer<typeof ItemSchema>;
