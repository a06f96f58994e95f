import type { CountryRule, Hit } from "./hit.ts";
import { AMBIGUOUS_WORDS, type AmbiguousWord, PLACE_NEIGHBOURS } from "./lexicon/ambiguous.ts";
import { besideForces } from "./lexicon/forces.ts";
import type { Match } from "./matcher.ts";
import type { Token } from "./normalize.ts";

export type CountryHit = Extract<Hit, { kind: "country" }>;

/** A country mention that survived disambiguation; `rule` tells how, for the evidence. */
export interface CountryMention {
  code: string;
  weight: CountryRule;
  rule: string;
  match: Match<Hit>;
}

// Sentence-case headlines full of names reach 75% capitals; title case capitalises nearly every long word.
const TITLE_CASE_SHARE = 0.8;

/** In "Chad Declares State Of Emergency" every word is capitalised, so capitals say nothing about names. */
function titleCase(tokens: readonly Token[], field: Token["field"]): boolean {
  const long = tokens.filter((token) => token.field === field && token.norm.length >= 4);
  return (
    long.length >= 3 && long.filter((token) => token.capitalised).length / long.length >= TITLE_CASE_SHARE
  );
}

function nameLike(token: Token | undefined, anchor: Token, placeTokens: ReadonlySet<number>): boolean {
  if (!token || token.field !== anchor.field || token.sentence !== anchor.sentence) return false;
  const shouting = token.surface.length > 1 && token.surface === token.surface.toUpperCase();
  return token.capitalised && !shouting && !PLACE_NEIGHBOURS.has(token.norm) && !placeTokens.has(token.index);
}

/** "Chad Smith", "Michael Jordan": a capitalised neighbour that is not itself a place makes a person. */
function looksLikePerson(
  match: Match<Hit>,
  tokens: readonly Token[],
  placeTokens: ReadonlySet<number>,
): boolean {
  const first = match.tokens[0] as Token;
  if (titleCase(tokens, first.field)) return false;
  const before = first.sentenceStart ? undefined : tokens[match.start - 1];
  const after = tokens[match.end];
  return (
    nameLike(before, first, placeTokens) || (!after?.sentenceStart && nameLike(after, first, placeTokens))
  );
}

function resolveWord(
  word: AmbiguousWord,
  match: Match<Hit>,
  context: { tokens: readonly Token[]; norms: ReadonlySet<string>; placeTokens: ReadonlySet<number> },
): { code?: string; rule: string } | null {
  const first = match.tokens[0] as Token;
  if (word.capitalised && !first.capitalised) return null;
  if (word.unlessNear?.some((cue) => context.norms.has(cue))) {
    return word.elseCountry ? { code: word.elseCountry, rule: `ambiguous:${first.norm}-context` } : null;
  }
  if (word.personName && looksLikePerson(match, context.tokens, context.placeTokens)) return null;
  return { rule: `ambiguous:${first.norm}-checked` };
}

/**
 * Drops country words used in another sense, moves Georgia-the-state to the US, and reads a
 * shared name ("Congo") as the sibling the item names outright when it names only that one.
 */
export function disambiguateCountries(
  matches: readonly Match<Hit>[],
  tokens: readonly Token[],
): CountryMention[] {
  const norms = new Set(tokens.map((token) => token.norm));
  const placeTokens = new Set(matches.flatMap((match) => match.tokens.map((token) => token.index)));
  const context = { tokens, norms, placeTokens };
  const mentions: CountryMention[] = [];
  for (const match of matches) {
    const hit = match.value as CountryHit;
    const word = hit.check ? AMBIGUOUS_WORDS[hit.check] : undefined;
    const resolved = word ? resolveWord(word, match, context) : { rule: hit.rule };
    if (!resolved) continue;
    const forces = hit.rule === "adjective" && besideForces(tokens, match.start, match.end);
    const weight = forces ? "forces" : hit.rule;
    mentions.push({
      code: resolved.code ?? hit.code,
      weight,
      rule: forces ? "adjective+forces" : resolved.rule,
      match,
    });
  }
  const named = new Set(mentions.filter((m) => !(m.match.value as CountryHit).alt).map((m) => m.code));
  for (const mention of mentions) {
    const alt = (mention.match.value as CountryHit).alt;
    if (alt && named.has(alt) && !named.has(mention.code)) {
      mention.code = alt;
      mention.rule = `shared-name:${alt}`;
    }
  }
  return mentions;
}
