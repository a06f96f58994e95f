import type { Redis } from "ioredis";
import type { IndexKind, StoreKeys } from "../store/keys.ts";
import { countIndexed } from "./count-indexed.ts";
import type { StoryFilter } from "./filter.ts";
import { type ConfigVocabulary, vocabularyOf } from "./params.ts";

/** What stories can be counted by: named like the query parameter that filters on it, with its index. */
export const FACETS = {
  country: "country",
  region: "region",
  crisis: "crisis",
  lang: "lang",
  feed: "feed",
  tag: "custom",
} as const satisfies Record<string, IndexKind>;
export type Facet = keyof typeof FACETS;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The ISO 639-1 codes the runtime can name: the languages a story is likely tagged with. */
const LANGUAGE_CODES: readonly string[] = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  return [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => names.of(code));
})();

/** The config's feeds and tags, and its feeds' primary languages. */
export interface FacetVocabulary extends ConfigVocabulary {
  feedLanguages: readonly string[];
}

/**
 * The values worth counting: every value the facet's filter accepts, so the counts need no
 * key scan. Languages are an open set: the ISO 639-1 codes plus the configured feeds' own.
 */
export function facetValues(facet: Facet, vocabulary: FacetVocabulary): readonly string[] {
  if (facet === "lang") return [...new Set([...LANGUAGE_CODES, ...vocabulary.feedLanguages])].sort();
  return vocabularyOf(facet, vocabulary).values ?? [];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  /** Stories the filter allows. */
  total: number;
  /** Per facet, the values that have stories, in the vocabulary's order. */
  facets: Partial<Record<Facet, FacetCount[]>>;
}

/** Stories per value of each facet among those the filter's indexed parameters and window allow. */
export async function countFacets(
  redis: Redis,
  keys: StoreKeys,
  facets: readonly Facet[],
  vocabulary: FacetVocabulary,
  filter: StoryFilter,
): Promise<FacetCounts> {
  const asked = facets.map((facet) => [facet, facetValues(facet, vocabulary)] as const);
  const indexKeys = asked.flatMap(([facet, values]) =>
    values.map((value) => keys.index(FACETS[facet], value)),
  );
  const { total, counts } = await countIndexed(redis, keys, indexKeys, filter);
  let position = 0;
  const result: FacetCounts["facets"] = {};
  for (const [facet, values] of asked) {
    result[facet] = values
      .map((value) => ({ value, count: counts[position++] ?? 0 }))
      .filter((entry) => entry.count > 0);
  }
  return { total, facets: result };
}
