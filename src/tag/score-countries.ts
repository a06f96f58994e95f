import type { Evidence, TagField } from "../model/tags.ts";
import type { CountryMention } from "./disambiguate.ts";
import { EvidenceList } from "./evidence.ts";
import { COUNTRY_WEIGHTS, type Hit } from "./hit.ts";
import type { Match } from "./matcher.ts";

/** A headline mention says more than one in the body, where countries also come up in passing. */
const FIELD_FACTOR: Record<TagField, number> = { title: 2, summary: 1, content: 0.5 };
/** One name in the summary, or two in the body: below that a country is only mentioned in passing. */
const THRESHOLD = 3;
const ACTOR_WEIGHT = 2;
/** The fallback needs at least an adjective in the summary; a lone word deep in the body is not enough. */
const FALLBACK = 2;

const fieldOf = (match: Match<Hit>): TagField => match.tokens[0]?.field ?? "content";

export interface CountryResult {
  countries: string[];
  evidence: Evidence[];
}

/**
 * Weighs the mentions of each country and keeps those a story is about. An alliance's name adds
 * weight to its members the story names anyway. With no country strong enough, the strongest
 * weak one is kept; with none at all, the feed's own countries apply.
 */
export function scoreCountries(
  mentions: readonly CountryMention[],
  actors: readonly Match<Hit>[],
  feedCountries: readonly string[] = [],
): CountryResult {
  const scores = new Map<string, number>();
  const evidence = new EvidenceList("country");
  const counted = new Map<string, number>();
  for (const mention of mentions) {
    const field = fieldOf(mention.match);
    const weight = COUNTRY_WEIGHTS[mention.weight] * FIELD_FACTOR[field];
    // A word matched as both name and adjective ("Kasachstan" and "kasach*") counts once, at its best.
    const key = `${mention.code}@${mention.match.start}`;
    const before = counted.get(key) ?? 0;
    if (weight > before) {
      scores.set(mention.code, (scores.get(mention.code) ?? 0) + weight - before);
      counted.set(key, weight);
    }
    evidence.add(mention.code, mention.rule, mention.match);
  }
  for (const match of actors) {
    if (match.value.kind !== "actor") continue;
    const field = fieldOf(match);
    for (const code of match.value.members) {
      if (!scores.has(code)) continue;
      scores.set(code, (scores.get(code) ?? 0) + ACTOR_WEIGHT * FIELD_FACTOR[field]);
      evidence.add(code, `actor:${match.value.actor}`, match);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let countries = ranked.filter(([, score]) => score >= THRESHOLD).map(([code]) => code);
  const [best] = ranked;
  if (countries.length === 0 && best && best[1] >= FALLBACK) countries = [best[0]];
  if (countries.length === 0 && feedCountries.length > 0) {
    countries = [...feedCountries];
    for (const code of countries) evidence.addFeed(code, "feed:countries", [code]);
  }
  return { countries, evidence: evidence.for(countries) };
}
