import countries from "i18n-iso-countries";
import { CRISES } from "../model/tags.ts";
import { REGION_SLUGS } from "../tag/regions.ts";
import { QueryError } from "./error.ts";
import { readBound, type TimeBound } from "./time.ts";
import { readCodes, readSingle, readWords, splitValues, type Vocabulary } from "./values.ts";

/** Every query parameter a feed URL (or a named view) may carry, in canonical order. */
export const PARAMS = [
  "country",
  "region",
  "crisis",
  "lang",
  "feed",
  "q",
  "exclude",
  "since",
  "until",
  "limit",
] as const;
export type ParamName = (typeof PARAMS)[number];
export type RawParams = Record<string, string | string[] | undefined>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const isParam = (name: string): name is ParamName => (PARAMS as readonly string[]).includes(name);
const upper = (value: string) => value.toUpperCase();
const lower = (value: string) => value.toLowerCase();
const FEED_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const VOCABULARIES = {
  country: {
    normalise: upper,
    isKnown: (code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code),
    accepted: 'ISO 3166-1 alpha-2 country codes such as "KZ", "UA", "SD"',
  },
  region: {
    normalise: lower,
    isKnown: (slug) => REGION_SLUGS.includes(slug),
    accepted: REGION_SLUGS.join(", "),
  },
  crisis: {
    normalise: lower,
    isKnown: (slug) => (CRISES as readonly string[]).includes(slug),
    accepted: CRISES.join(", "),
  },
  lang: {
    normalise: lower,
    isKnown: (code) => /^[a-z]{2,3}$/.test(code),
    accepted: 'two- or three-letter ISO 639 codes such as "en", "ru", "kk"',
  },
} satisfies Record<string, Vocabulary>;

// Without the configured feeds (a view validated on its own) only the id's spelling is checked.
function feedVocabulary(feedIds: readonly string[] | null): Vocabulary {
  return feedIds === null
    ? { normalise: lower, isKnown: (id) => FEED_ID.test(id), accepted: "feed ids (slugs)" }
    : {
        normalise: lower,
        isKnown: (id) => feedIds.includes(id),
        accepted: feedIds.join(", ") || "none: no feeds are configured",
      };
}

function readTime(param: "since" | "until", values: string[]): TimeBound | null {
  const text = readSingle(param, values);
  return text === null ? null : readBound(param, text);
}

function readLimit(values: string[]): number {
  const text = readSingle("limit", values) ?? String(DEFAULT_LIMIT);
  const limit = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw new QueryError("limit", `got "${text}"`, `a whole number from 1 to ${MAX_LIMIT}`);
  }
  return limit;
}

/**
 * One reader per parameter: it checks the values and returns them in canonical form.
 * `feedIds` is null where the feeds are not known (validating a view on its own).
 */
export const READERS = {
  country: (values: string[]) => readCodes("country", values, VOCABULARIES.country),
  region: (values: string[]) => readCodes("region", values, VOCABULARIES.region),
  crisis: (values: string[]) => readCodes("crisis", values, VOCABULARIES.crisis),
  lang: (values: string[]) => readCodes("lang", values, VOCABULARIES.lang),
  feed: (values: string[], feedIds: readonly string[] | null) =>
    readCodes("feed", values, feedVocabulary(feedIds)),
  q: (values: string[]) => readWords("q", values),
  exclude: (values: string[]) => readWords("exclude", values),
  since: (values: string[]) => readTime("since", values),
  until: (values: string[]) => readTime("until", values),
  limit: readLimit,
} satisfies { [K in ParamName]: (values: string[], feedIds: readonly string[] | null) => unknown };

export type ReadParams = { [K in ParamName]: ReturnType<(typeof READERS)[K]> };

/** Checks every parameter's name and values; throws QueryError on the first problem. */
export function readParams(params: RawParams, feedIds: readonly string[] | null): ReadParams {
  const unknown = Object.keys(params).find((name) => !isParam(name));
  if (unknown !== undefined) throw new QueryError(unknown, "unknown parameter", PARAMS.join(", "));
  const read = <K extends ParamName>(name: K) =>
    READERS[name](splitValues(name, params[name]), feedIds) as ReadParams[K];
  return Object.fromEntries(PARAMS.map((name) => [name, read(name)])) as ReadParams;
}
