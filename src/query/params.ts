import countries from "i18n-iso-countries";
import { REGION_SLUGS } from "../model/regions.ts";
import { CRISES } from "../model/tags.ts";
import { QueryError } from "./error.ts";
import { readBound, type TimeBound } from "./time.ts";
import {
  closedVocabulary,
  openVocabulary,
  readCodes,
  readSingle,
  readWords,
  splitValues,
  type Vocabulary,
} from "./values.ts";

/** Every query parameter a feed URL (or a named view) may carry, in canonical order. */
export const PARAMS = [
  "country",
  "region",
  "crisis",
  "lang",
  "feed",
  "tag",
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
/** How feed ids and custom tags are spelt (the config's slugs). */
const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** What the config adds to the vocabularies: the ids of its feeds and the custom tags it defines. */
export interface ConfigVocabulary {
  feedIds: readonly string[];
  tags: readonly string[];
}

const FIXED_VOCABULARIES = {
  country: closedVocabulary(
    Object.keys(countries.getAlpha2Codes()).sort(),
    upper,
    'ISO 3166-1 alpha-2 country codes such as "KZ", "UA", "SD"',
  ),
  region: closedVocabulary(REGION_SLUGS, lower, REGION_SLUGS.join(", ")),
  crisis: closedVocabulary(CRISES, lower, CRISES.join(", ")),
  lang: openVocabulary(/^[a-z]{2,3}$/, lower, 'two- or three-letter ISO 639 codes such as "en", "ru", "kk"'),
};

// Without the config (a view validated on its own) only the spelling of a feed id or tag is checked.
function configuredVocabulary(known: readonly string[] | null, spelling: string, none: string): Vocabulary {
  return known === null
    ? openVocabulary(SLUG, lower, spelling)
    : closedVocabulary(known, lower, known.join(", ") || none);
}

export type VocabularyParam = keyof typeof FIXED_VOCABULARIES | "feed" | "tag";

/** The values a code or slug parameter accepts; `config` is null where the config is not known. */
export function vocabularyOf(param: VocabularyParam, config: ConfigVocabulary | null): Vocabulary {
  if (param === "feed") {
    return configuredVocabulary(config?.feedIds ?? null, "feed ids (slugs)", "none: no feeds are configured");
  }
  if (param === "tag") {
    return configuredVocabulary(
      config?.tags ?? null,
      "custom tags (slugs)",
      "none: no custom tags are configured",
    );
  }
  return FIXED_VOCABULARIES[param];
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

const codes = (param: VocabularyParam) => (values: string[], config: ConfigVocabulary | null) =>
  readCodes(param, values, vocabularyOf(param, config));

/**
 * One reader per parameter: it checks the values and returns them in canonical form.
 * `config` is null where the config is not known (validating a view on its own).
 */
export const READERS = {
  country: codes("country"),
  region: codes("region"),
  crisis: codes("crisis"),
  lang: codes("lang"),
  feed: codes("feed"),
  tag: codes("tag"),
  q: (values: string[]) => readWords("q", values),
  exclude: (values: string[]) => readWords("exclude", values),
  since: (values: string[]) => readTime("since", values),
  until: (values: string[]) => readTime("until", values),
  limit: readLimit,
} satisfies { [K in ParamName]: (values: string[], config: ConfigVocabulary | null) => unknown };

export type ReadParams = { [K in ParamName]: ReturnType<(typeof READERS)[K]> };

/** Checks every parameter's name and values; throws QueryError on the first problem. */
export function readParams(params: RawParams, config: ConfigVocabulary | null): ReadParams {
  const unknown = Object.keys(params).find((name) => !isParam(name));
  if (unknown !== undefined) throw new QueryError(unknown, "unknown parameter", PARAMS.join(", "));
  const read = <K extends ParamName>(name: K) =>
    READERS[name](splitValues(name, params[name]), config) as ReadParams[K];
  return Object.fromEntries(PARAMS.map((name) => [name, read(name)])) as ReadParams;
}
