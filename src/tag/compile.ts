import type { Crisis } from "../model/tags.ts";
import type { TaggingConfig } from "./config.ts";
import type { Hit } from "./hit.ts";
import { ACTORS } from "./lexicon/actors.ts";
import { countryEntries, GROUP as PLACE_GROUP } from "./lexicon/countries.ts";
import { CRISIS_LEXICONS } from "./lexicon/crises/lexicons.ts";
import { DEFAULT_WINDOW } from "./lexicon/crises/types.ts";
import { compileMatcher, type Entry, type Matcher } from "./matcher.ts";
import { parseTerm } from "./term.ts";

const CRISIS_GROUP = "crisis";

function entry(term: string, language: string, value: Hit, group: string): Entry<Hit> {
  return { words: parseTerm(term, language), value, group };
}

function crisisEntries(language: string): Entry<Hit>[] {
  const lexicon = CRISIS_LEXICONS[language];
  if (!lexicon) return [];
  const result: Entry<Hit>[] = [];
  const groups = [CRISIS_GROUP];
  for (const [name, rule] of Object.entries(lexicon.rules)) {
    const id = `${language}:${name}`;
    const window = rule.window ?? DEFAULT_WINDOW;
    for (const term of rule.terms ?? []) {
      result.push(
        entry(
          term,
          language,
          {
            kind: "crisis",
            crisis: rule.crisis,
            rule: id,
            slot: 0,
            window,
            nameIsHistory: rule.nameIsHistory,
            partOf: rule.partOf,
          },
          CRISIS_GROUP,
        ),
      );
    }
    rule.near?.forEach((side, index) => {
      const slot = index === 0 ? 1 : 2;
      const group = `${id}:${slot}`;
      groups.push(group);
      const named = slot === 1 && rule.named === true;
      for (const term of side)
        result.push(
          entry(
            term,
            language,
            { kind: "crisis", crisis: rule.crisis, rule: id, slot, window, named, partOf: rule.partOf },
            group,
          ),
        );
    });
  }
  // A figurative phrase hides its words from the plain terms and from both sides of every near rule.
  for (const block of lexicon.blocks) {
    for (const group of groups)
      result.push(entry(block, language, { kind: "block", rule: `${language}:block`, crisis: true }, group));
  }
  const contexts = [
    [lexicon.cues, "culture"],
    [lexicon.sport, "sport"],
    [lexicon.crime, "crime"],
    [lexicon.minors, "minors"],
  ] as const;
  for (const [cues, context] of contexts)
    for (const cue of cues) result.push(entry(cue, language, { kind: "cue", cue, context }, "cue"));
  // Two groups, so "was not" (denying what precedes) leaves "not" to deny what follows as well.
  const { following, preceding, undo } = lexicon.negation;
  for (const [terms, denies] of [
    [following, "following"],
    [preceding, "preceding"],
  ] as const) {
    for (const term of terms)
      result.push(entry(term, language, { kind: "negation", denies }, `negation:${denies}`));
  }
  for (const term of undo) result.push(entry(term, language, { kind: "undo" }, "undo"));
  return result;
}

function actorEntries(): Entry<Hit>[] {
  return Object.entries(ACTORS).flatMap(([actor, { terms, members }]) =>
    terms.split("|").map((term) => entry(term, "en", { kind: "actor", actor, members }, "actor")),
  );
}

/** The user's terms for this language and for "*", each made into the hit its section asks for. */
function configEntries(config: TaggingConfig, language: string): Entry<Hit>[] {
  const result: Entry<Hit>[] = [];
  const add = (byLanguage: Record<string, string[]>, value: Hit, group: string) => {
    for (const key of [language, "*"])
      for (const term of byLanguage[key] ?? []) result.push(entry(term, language, value, group));
  };
  for (const [tag, terms] of Object.entries(config.custom))
    add(terms, { kind: "custom", tag, rule: `config:custom.${tag}` }, `custom:${tag}`);
  for (const [code, terms] of Object.entries(config.countries))
    add(terms, { kind: "country", code, rule: "config" }, PLACE_GROUP);
  for (const [crisis, terms] of Object.entries(config.crises)) {
    const value: Hit = {
      kind: "crisis",
      crisis: crisis as Crisis,
      rule: `config:crises.${crisis}`,
      slot: 0,
      window: 0,
    };
    add(terms, value, CRISIS_GROUP);
  }
  add(config.exclude, { kind: "exclude", rule: "config:exclude" }, "exclude");
  return result;
}

/**
 * One matcher per language: that language's country names and adjectives, the places of every
 * script, the crisis vocabulary of `crisisLanguage`, the alliances, and the user's rules.
 */
export function compileLexicon(
  language: string,
  crisisLanguage: string,
  config: TaggingConfig,
): Matcher<Hit> {
  return compileMatcher([
    ...countryEntries(language),
    ...crisisEntries(crisisLanguage),
    ...actorEntries(),
    ...configEntries(config, language),
  ]);
}
