import countries from "i18n-iso-countries";
import { z } from "zod";
import { CRISES } from "../model/tags.ts";
import { parseTerm } from "./term.ts";

const term = z.string().superRefine((text, ctx) => {
  try {
    parseTerm(text, "en");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/** A record whose keys are checked with our own message (zod's own says only "Invalid key in record"). */
function keyed<T extends z.ZodType>(valid: (key: string) => boolean, message: string, value: T) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!valid(key)) ctx.addIssue({ code: "custom", path: [key], message: `"${key}" ${message}` });
    }
  });
}

/** Terms per language (a code such as "de", or "*" for all): `{ en: ["vpn ban"], ru: ["блокировк* vpn"] }`. */
const TermsByLanguage = keyed(
  (key) => /^([a-z]{2,3}|\*)$/.test(key),
  'is not a lower-case language code such as "de", or "*" for every language',
  z.array(term).min(1, "list at least one term"),
);

const isSlug = (key: string) => /^[a-z0-9][a-z0-9_-]{0,63}$/.test(key);
const isCountry = (key: string) => /^[A-Z]{2}$/.test(key) && countries.isValid(key);
const isCrisis = (key: string) => (CRISES as readonly string[]).includes(key);

/** The `tagging` section of feeds.config.ts. Every key is optional; `{}` keeps the built-in rules. */
export const TaggingSchema = z.strictObject({
  /** New tags of your own, found by your terms; they appear in `custom`. */
  custom: keyed(isSlug, "is not a slug: use lower-case letters, digits, '-' or '_'", TermsByLanguage).default(
    {},
  ),
  /** More words for a country, e.g. a district or a local spelling. */
  countries: keyed(
    isCountry,
    'is not an ISO 3166-1 alpha-2 code in capitals, such as "KZ"',
    TermsByLanguage,
  ).default({}),
  /** More words for a built-in crisis. */
  crises: keyed(isCrisis, `is not a crisis slug; use one of ${CRISES.join(", ")}`, TermsByLanguage).default(
    {},
  ),
  /** Phrases whose words never count for any tag, e.g. a sports club named after a storm. */
  exclude: TermsByLanguage.default({}),
  /** Languages the detector may choose from when a feed does not say; all it knows when left out. */
  detectLanguages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "kk"'))
    .optional(),
});

export type TaggingInput = z.input<typeof TaggingSchema>;
export type TaggingConfig = z.output<typeof TaggingSchema>;
