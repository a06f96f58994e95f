import { regionsFor } from "../model/regions.ts";
import type { Evidence, Tags } from "../model/tags.ts";
import { detectLanguage } from "../text/detect-language.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { isCommonWord } from "./common-words.ts";
import { compileLexicon } from "./compile.ts";
import type { TaggingConfig } from "./config.ts";
import { withoutCurrencySigns } from "./currency.ts";
import { detectCrises } from "./detect-crises.ts";
import { type CountryMention, disambiguateCountries, looksLikePerson } from "./disambiguate.ts";
import { EvidenceList } from "./evidence.ts";
import { splitFeedFooter } from "./feed-footer.ts";
import { type PlaceMatch, placeFinder } from "./find-places.ts";
import { gazetteer, keyOf } from "./gazetteer.ts";
import type { Hit } from "./hit.ts";
import { CONTINENTS, PERSON_TITLES } from "./lexicon/ambiguous.ts";
import { CRISIS_LEXICONS } from "./lexicon/crises/lexicons.ts";
import type { Match, Matcher } from "./matcher.ts";
import { plainText } from "./plain-text.ts";
import { resolvePlaces } from "./resolve-places.ts";
import { scoreCountries } from "./score-countries.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface TagInput {
  title: string;
  summary: string;
  /** Plain text or HTML. */
  content?: string;
  /** BCP 47 ("de", "ru-KZ"); detected from the text when missing. */
  language?: string | null;
  feed?: { countries?: string[]; regions?: string[]; tags?: string[] };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_LEXICONS = ["ru"];
const LATIN_LEXICONS = Object.keys(CRISIS_LEXICONS).filter(
  (language) => !CYRILLIC_LEXICONS.includes(language),
);

/**
 * The vocabularies to read an item with: its language's own; for a language without one, or one
 * not known, every vocabulary of its script, so that no guess can switch the crisis words off.
 */
function lexiconsFor(language: string | null, text: () => string): string[] {
  if (language && CRISIS_LEXICONS[language]) return [language];
  return CYRILLIC.test(text()) ? CYRILLIC_LEXICONS : LATIN_LEXICONS;
}

function overlaps(match: Match<Hit>, excluded: ReadonlySet<number>): boolean {
  return match.tokens.some((token) => excluded.has(token.index));
}

/**
 * Cities and subdivisions the item names outside the country lexicon's own words, as country
 * mentions, and the evidence of names a rule kept from counting.
 */
function placeMentions(
  language: string | null,
  found: readonly PlaceMatch[],
  known: readonly Match<Hit>[],
  mentions: readonly CountryMention[],
  tokens: readonly Token[],
  feedCountries: readonly string[],
  inFooter: (match: { start: number }) => boolean,
): { mentions: CountryMention[]; evidence: Evidence[] } {
  const taken = new Set(known.flatMap((match) => match.tokens.map((token) => token.index)));
  const fresh = found.filter((match) => !match.tokens.some((token) => taken.has(token.index)));
  // A neighbouring place name makes no person: "Ardèche, Creuse" is a list of places.
  const placeTokens = new Set([
    ...taken,
    ...fresh.flatMap((match) => match.tokens.map((token) => token.index)),
  ]);
  const suppressed = new EvidenceList("country");
  const resolved = resolvePlaces(fresh, {
    tokens,
    language,
    // A nationality ("periodista estadounidense") is no sign of where the story is.
    signed: new Set([
      ...mentions.filter((mention) => mention.weight !== "bearer").map((mention) => mention.code),
      ...feedCountries,
    ]),
    // The word as written, and the names it was read as ("Буря" is Bury, and a common word).
    commonWord: (match) =>
      match.tokens.length === 1 &&
      [match.tokens[0]?.norm ?? "", ...match.places.map((place) => keyOf(place.name))].some(
        (word) => isCommonWord(word, language) || CONTINENTS.has(word),
      ),
    inFooter,
    // German capitalises every noun, so there a capitalised neighbour proves no person.
    personLike: (match) =>
      PERSON_TITLES.has(tokens[match.start - 1]?.norm ?? "") ||
      (language !== "de" && looksLikePerson(match, tokens, placeTokens)),
    suppressed: (match, place, why) =>
      suppressed.add(place.country, `suppressed (${why}) place`, {
        ...match,
        group: "gazetteer",
        value: null,
      }),
  });
  const placed = resolved.map(
    ({ match, place, rule }): CountryMention => ({
      code: place.country,
      weight: "place",
      rule,
      match: { ...match, group: "gazetteer", value: { kind: "country", code: place.country, rule: "place" } },
    }),
  );
  return { mentions: placed, evidence: suppressed.all() };
}

/**
 * In a sentence about culture ("a festival of Kazakh cooking in Berlin") a country's adjective
 * describes a dish or a style, not where anything happens: such mentions are dropped, and listed.
 */
function dropCulturalAdjectives(mentions: readonly CountryMention[], matches: readonly Match<Hit>[]) {
  const culture = new Map<number | undefined, string>();
  for (const match of matches) {
    if (match.value.kind === "cue" && match.value.context === "culture")
      culture.set(match.tokens[0]?.sentence, match.tokens.map((token) => token.surface).join(" "));
  }
  const suppressed = new EvidenceList("country");
  const kept = mentions.filter((mention) => {
    const cue = mention.weight === "adjective" ? culture.get(mention.match.tokens[0]?.sentence) : undefined;
    if (cue) suppressed.add(mention.code, `suppressed (culture: ${cue}) adjective`, mention.match);
    return cue === undefined;
  });
  return { kept, evidence: suppressed.all() };
}

function customTags(matches: readonly Match<Hit>[], feedTags: readonly string[]) {
  const evidence = new EvidenceList("custom");
  const tags = new Set<string>();
  for (const match of matches) {
    if (match.value.kind !== "custom") continue;
    tags.add(match.value.tag);
    evidence.add(match.value.tag, match.value.rule, match);
  }
  for (const tag of feedTags) {
    tags.add(tag);
    evidence.addFeed(tag, "feed:tags", [tag]);
  }
  const custom = [...tags];
  return { custom, evidence: evidence.for(custom) };
}

/**
 * Compiles the lexicons once per language on first use and returns a pure function from an
 * item to its tags. The function does no I/O and keeps no state between items beyond that cache.
 */
export function createTagger(config: TaggingConfig): (input: TagInput) => Tags {
  const matchers = new Map<string, Matcher<Hit>>();
  const matcherFor = (language: string, crisis: string) => {
    const key = `${language}|${crisis}`;
    const cached = matchers.get(key);
    if (cached) return cached;
    const matcher = compileLexicon(language, crisis, config);
    matchers.set(key, matcher);
    return matcher;
  };

  const finders = new Map<string | null, ReturnType<typeof placeFinder>>();
  const findPlaces = (language: string | null) => {
    let finder = finders.get(language);
    if (!finder) {
      finder = placeFinder(gazetteer(), language);
      finders.set(language, finder);
    }
    return finder;
  };

  return (input) => {
    const content = input.content ? plainText(input.content) : "";
    const declared = primaryLanguage(input.language);
    const all = () => `${input.title}\n${input.summary}\n${content}`;
    const language = declared ?? detectLanguage(all(), config.detectLanguages);
    const tokens: Token[] = [];
    const state = { index: 0, sentence: 0 };
    tokenize(withoutCurrencySigns(input.title), "title", state, tokens);
    // A feed's footer counts for the countries, never for a crisis (feed-footer.ts).
    const footers: [number, number][] = [];
    for (const [text, field] of [
      [input.summary, "summary"],
      [content, "content"],
    ] as const) {
      const [body, footer] = splitFeedFooter(withoutCurrencySigns(text));
      tokenize(body, field, state, tokens);
      const start = tokens.length;
      tokenize(footer, field, state, tokens);
      if (tokens.length > start) footers.push([start, tokens.length]);
    }

    const lexicons = lexiconsFor(language, all);
    // A language without vocabularies of its own still brings its own country names.
    const own = language && !lexicons.includes(language) ? [matcherFor(language, "")] : [];
    const found = [...own, ...lexicons.map((lexicon) => matcherFor(lexicon, lexicon))]
      .flatMap((matcher) => matcher.match(tokens))
      .sort((a, b) => a.start - b.start);
    const excluded = new Set(
      found
        .filter((match) => match.value.kind === "exclude")
        .flatMap((match) => match.tokens.map((t) => t.index)),
    );
    const matches = found.filter((match) => match.value.kind !== "exclude" && !overlaps(match, excluded));
    const byKind = (kind: Hit["kind"]) => matches.filter((match) => match.value.kind === kind);

    const inFooter = (match: { start: number }) =>
      footers.some(([start, end]) => match.start >= start && match.start < end);
    const crises = detectCrises(matches, tokens, inFooter);
    const cultural = dropCulturalAdjectives(
      disambiguateCountries(byKind("country"), tokens, crises.crises.length > 0, language),
      matches,
    );
    const mentions = cultural.kept;
    const feedCountries = input.feed?.countries ?? [];
    const known = [...byKind("country"), ...byKind("actor")];
    const places = placeMentions(
      language,
      findPlaces(language)(tokens),
      known,
      mentions,
      tokens,
      feedCountries,
      inFooter,
    );
    const countries = scoreCountries([...mentions, ...places.mentions], byKind("actor"), feedCountries, {
      tokens,
      eventful: crises.crises.length > 0,
    });
    const custom = customTags(matches, input.feed?.tags ?? []);
    const regions = regionsFor(countries, input.feed?.regions ?? []);
    return {
      language,
      countries: countries.countries,
      regions: regions.regions,
      crises: crises.crises,
      custom: custom.custom,
      evidence: [
        ...countries.evidence,
        ...cultural.evidence,
        ...places.evidence,
        ...regions.evidence,
        ...crises.evidence,
        ...custom.evidence,
      ],
    };
  };
}
