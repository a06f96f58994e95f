import { regionsFor } from "../model/regions.ts";
import type { Tags } from "../model/tags.ts";
import { detectLanguage } from "../text/detect-language.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { compileLexicon } from "./compile.ts";
import type { TaggingConfig } from "./config.ts";
import { detectCrises } from "./detect-crises.ts";
import { disambiguateCountries } from "./disambiguate.ts";
import { EvidenceList } from "./evidence.ts";
import type { Hit } from "./hit.ts";
import { CRISIS_LEXICONS } from "./lexicon/crises/lexicons.ts";
import type { Match, Matcher } from "./matcher.ts";
import { plainText } from "./plain-text.ts";
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

/** Text in a language without a crisis vocabulary borrows the nearest one by script. */
function crisisLanguage(language: string | null, text: () => string): string {
  if (language && CRISIS_LEXICONS[language]) return language;
  return CYRILLIC.test(text()) ? "ru" : "en";
}

function overlaps(match: Match<Hit>, excluded: ReadonlySet<number>): boolean {
  return match.tokens.some((token) => excluded.has(token.index));
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

  return (input) => {
    const content = input.content ? plainText(input.content) : "";
    const declared = primaryLanguage(input.language);
    const all = () => `${input.title}\n${input.summary}\n${content}`;
    const language = declared ?? detectLanguage(all(), config.detectLanguages);
    const tokens: Token[] = [];
    const state = { index: 0, sentence: 0 };
    tokenize(input.title, "title", state, tokens);
    tokenize(input.summary, "summary", state, tokens);
    tokenize(content, "content", state, tokens);

    const found = matcherFor(language ?? "en", crisisLanguage(language, all)).match(tokens);
    const excluded = new Set(
      found
        .filter((match) => match.value.kind === "exclude")
        .flatMap((match) => match.tokens.map((t) => t.index)),
    );
    const matches = found.filter((match) => match.value.kind !== "exclude" && !overlaps(match, excluded));
    const byKind = (kind: Hit["kind"]) => matches.filter((match) => match.value.kind === kind);

    const crises = detectCrises(matches, tokens);
    const mentions = disambiguateCountries(byKind("country"), tokens, crises.crises.length > 0);
    const countries = scoreCountries(mentions, byKind("actor"), input.feed?.countries);
    const custom = customTags(matches, input.feed?.tags ?? []);
    const regions = regionsFor(countries, input.feed?.regions ?? []);
    return {
      language,
      countries: countries.countries,
      regions: regions.regions,
      crises: crises.crises,
      custom: custom.custom,
      evidence: [...countries.evidence, ...regions.evidence, ...crises.evidence, ...custom.evidence],
    };
  };
}
