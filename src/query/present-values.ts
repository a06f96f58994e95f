import type { Redis } from "ioredis";
import type { StoreKeys } from "../store/keys.ts";
import { countFacets } from "./facets.ts";
import { parseFilter } from "./filter.ts";

/** The values the page's filter form offers: those that have stories. */
export interface FilterOptions {
  countries: string[];
  regions: string[];
  crises: string[];
  languages: string[];
}

/**
 * Which countries, regions, crises and languages have stories, for the page's filter form.
 * Every vocabulary is a closed list of a few hundred values (languages: the ISO 639-1 codes
 * plus the configured feeds' own), so one pipelined ZCARD per value answers without a key
 * scan, however many stories are stored.
 */
export async function readPresentValues(
  redis: Redis,
  keys: StoreKeys,
  feedLanguages: readonly string[],
): Promise<FilterOptions> {
  // No parameters: every stored story (the time is only read by relative windows).
  const everything = parseFilter({}, { now: new Date(0), feedIds: [] });
  const { facets } = await countFacets(
    redis,
    keys,
    ["country", "region", "crisis", "lang"],
    { feedIds: [], tags: [], feedLanguages },
    everything,
  );
  const present = (counts: { value: string }[] = []) => counts.map((entry) => entry.value);
  return {
    countries: present(facets.country),
    regions: present(facets.region),
    crises: present(facets.crisis),
    languages: present(facets.lang),
  };
}
