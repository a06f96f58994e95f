import countries from "i18n-iso-countries";
import type { Redis } from "ioredis";
import { CRISES } from "../model/tags.ts";
import type { PageUi } from "../render/index.ts";
import type { IndexKind, StoreKeys } from "../store/keys.ts";
import { REGION_SLUGS } from "../tag/regions.ts";

type FilterOptions = PageUi["options"];

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The ISO 639-1 codes the runtime can name: the languages a story is likely tagged with. */
const LANGUAGE_CODES: readonly string[] = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  return [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => names.of(code));
})();

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
  const candidates: [keyof FilterOptions, IndexKind, readonly string[]][] = [
    ["countries", "country", Object.keys(countries.getAlpha2Codes()).sort()],
    ["regions", "region", [...REGION_SLUGS].sort()],
    ["crises", "crisis", CRISES],
    ["languages", "lang", [...new Set([...LANGUAGE_CODES, ...feedLanguages])].sort()],
  ];
  const pipeline = redis.pipeline();
  for (const [, kind, values] of candidates)
    for (const value of values) pipeline.zcard(keys.index(kind, value));
  const replies = (await pipeline.exec()) ?? [];
  let position = 0;
  const options: FilterOptions = { countries: [], regions: [], crises: [], languages: [] };
  for (const [field, , values] of candidates) {
    for (const value of values) {
      const [error, count] = replies[position++] ?? [];
      if (error) throw error;
      if (Number(count) > 0) options[field].push(value);
    }
  }
  return options;
}
