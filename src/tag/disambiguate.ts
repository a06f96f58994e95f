import { isFunctionWord } from "./common-words.ts";
import type { CountryRule, Hit } from "./hit.ts";
import {
  AMBIGUOUS_WORDS,
  type AmbiguousWord,
  LOCATIVES,
  PLACE_NEIGHBOURS,
  STATE_WORDS,
  VARIANT_PREFIXES,
} from "./lexicon/ambiguous.ts";
import { afterStance, besideBearer } from "./lexicon/bearers.ts";
import { besideForces } from "./lexicon/forces.ts";
import type { Match } from "./matcher.ts";
import { titleCase } from "./title-case.ts";
import type { Token } from "./tokens.ts";

export type CountryHit = Extract<Hit, { kind: "country" }>;

/** A country mention that survived disambiguation; `rule` tells how, for the evidence. */
export interface CountryMention {
  code: string;
  weight: CountryRule;
  rule: string;
  match: Match<Hit>;
}

function nameLike(token: Token | undefined, anchor: Token, placeTokens: ReadonlySet<number>): boolean {
  if (!token || token.field !== anchor.field || token.sentence !== anchor.sentence) return false;
  // "For India, …": a function word capitalised by its sentence start names nobody.
  if (token.sentenceStart && isFunctionWord(token.norm)) return false;
  const shouting = token.surface.length > 1 && token.surface === token.surface.toUpperCase();
  return token.capitalised && !shouting && !PLACE_NEIGHBOURS.has(token.norm) && !placeTokens.has(token.index);
}

/** "Chad Smith", "Michael Jordan": a capitalised neighbour that is not itself a place makes a person. */
export function looksLikePerson(
  match: Pick<Match<Hit>, "start" | "end" | "tokens">,
  tokens: readonly Token[],
  placeTokens: ReadonlySet<number>,
): boolean {
  const first = match.tokens[0] as Token;
  if (titleCase(tokens, first.field)) return false;
  // Punctuation ends a name: in "ATP Genève - Retour" and "Genève : Federer" Genève stands alone.
  const before = first.sentenceStart || first.apart ? undefined : tokens[match.start - 1];
  // "в Петербурге", "in Florida": after a preposition of place the name is a place's.
  if (before && LOCATIVES.has(before.norm)) return false;
  const after = tokens[match.end];
  // "Минздрава Омской области", "Ministry of Health Lagos State": a region word makes it a place's.
  if (after?.sentence === first.sentence && PLACE_NEIGHBOURS.has(after.norm)) return false;
  return (
    nameLike(before, first, placeTokens) ||
    (!after?.sentenceStart && !after?.apart && nameLike(after, first, placeTokens))
  );
}

function besideVariant(tokens: readonly Token[], match: Match<Hit>): boolean {
  const sentence = match.tokens[0]?.sentence;
  return [tokens[match.start - 1], tokens[match.end]].some(
    (token) =>
      token !== undefined &&
      token.sentence === sentence &&
      VARIANT_PREFIXES.some((prefix) => token.norm.startsWith(prefix)),
  );
}

/**
 * A stance toward a country ("pro-Israel") weighs as little as a nationality; an adjective beside
 * a state's forces names the state acting, beside a person or a firm a nationality.
 */
function mentionWeight(
  rule: CountryRule,
  tokens: readonly Token[],
  match: Match<Hit>,
  language: string | null,
): CountryRule {
  if ((rule === "name" || rule === "adjective") && afterStance(tokens, match.start)) return "bearer";
  // "the presidents of Kazakhstan and Tajikistan will come", "Armenia's prime minister": the state acts.
  if (rule === "name" && besideForces(tokens, match.start, match.end)) return "forces";
  if (rule !== "adjective") return rule;
  if (besideForces(tokens, match.start, match.end)) return "forces";
  return besideBearer(tokens, match.start, match.end, language) ? "bearer" : rule;
}

interface Context {
  tokens: readonly Token[];
  /** Whether the item holds this folded word or phrase. */
  has: (cue: string) => boolean;
  placeTokens: ReadonlySet<number>;
}

function resolveWord(
  word: AmbiguousWord,
  match: Match<Hit>,
  context: Context,
): { code?: string; rule: string; unsure?: boolean } | null {
  const first = match.tokens[0] as Token;
  if (word.capitalised && !first.capitalised) return null;
  if (word.unlessNear?.some(context.has)) {
    return word.elseCountry ? { code: word.elseCountry, rule: `ambiguous:${first.norm}-context` } : null;
  }
  if (word.personName && looksLikePerson(match, context.tokens, context.placeTokens)) return null;
  const unsure =
    word.needsSupport === true &&
    (word.personName === true || first.sentenceStart || titleCase(context.tokens, first.field)) &&
    !context.tokens.some((token) => token.sentence === first.sentence && STATE_WORDS.has(token.norm));
  return { rule: `ambiguous:${first.norm}-checked`, unsure };
}

/**
 * Drops country words used in another sense, moves Georgia-the-state to the US, and reads a
 * shared name ("Congo") as the sibling the item names outright when it names only that one.
 * A word whose other sense is common ("Georgia", "Turkey") needs support (see
 * AmbiguousWord.needsSupport); `eventful` says the story has a crisis, which is support enough.
 */
export function disambiguateCountries(
  matches: readonly Match<Hit>[],
  tokens: readonly Token[],
  eventful = false,
  language: string | null = null,
): CountryMention[] {
  const norms = new Set(tokens.map((token) => token.norm));
  let text: string | undefined;
  const has = (cue: string) => {
    if (!cue.includes(" ")) return norms.has(cue);
    text ??= ` ${tokens.map((token) => token.norm).join(" ")} `;
    return text.includes(` ${cue} `);
  };
  const placeTokens = new Set(matches.flatMap((match) => match.tokens.map((token) => token.index)));
  const context = { tokens, has, placeTokens };
  const mentions: CountryMention[] = [];
  const unsure = new Set<CountryMention>();
  for (const match of matches) {
    const hit = match.value as CountryHit;
    // Places and people are proper nouns in all five languages ("сектор Газа"): "se quitó" is no Quito.
    const proper = hit.rule === "place" || hit.rule === "figure";
    if (proper && !match.tokens.some((token) => token.capitalised)) continue;
    if (hit.rule === "adjective" && besideVariant(tokens, match)) continue;
    // Between capitalised words a place name is a person's or a club's: "Brittany Mahomes",
    // "Manchester United". German capitalises every noun, so there it proves nothing.
    if (hit.rule === "place" && language !== "de" && looksLikePerson(match, tokens, placeTokens)) continue;
    const word = hit.check ? AMBIGUOUS_WORDS[hit.check] : undefined;
    const resolved: ReturnType<typeof resolveWord> = word
      ? resolveWord(word, match, context)
      : { rule: hit.rule };
    if (!resolved) continue;
    const weight = mentionWeight(hit.rule, tokens, match, language);
    const mention = {
      code: resolved.code ?? hit.code,
      weight,
      rule: weight === hit.rule ? resolved.rule : `${hit.rule}+${weight}`,
      match,
    };
    mentions.push(mention);
    if (resolved.unsure) unsure.add(mention);
  }
  const named = new Set(mentions.filter((m) => !(m.match.value as CountryHit).alt).map((m) => m.code));
  for (const mention of mentions) {
    const alt = (mention.match.value as CountryHit).alt;
    if (alt && named.has(alt) && !named.has(mention.code)) {
      mention.code = alt;
      mention.rule = `shared-name:${alt}`;
    }
  }
  if (eventful || unsure.size === 0) return mentions;
  const backed = new Set(mentions.filter((mention) => !unsure.has(mention)).map((mention) => mention.code));
  return mentions.filter((mention) => !unsure.has(mention) || backed.has(mention.code));
}
