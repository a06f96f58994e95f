import type { Crisis } from "../model/tags.ts";

/**
 * How strongly one mention ties a story to a country: names and places say "here", and so do a
 * state's forces ("Russian troops"); a bare adjective ("a French village") says less, and one
 * beside a person, a firm or a dish ("a French tourist", "restaurante chino") least: a sixth of
 * a name, so it only adds to other signs of the country (lexicon/bearers.ts).
 */
export const COUNTRY_WEIGHTS = {
  name: 3,
  place: 3,
  config: 3,
  forces: 3,
  adjective: 2,
  figure: 2,
  bearer: 0.5,
} as const;
export type CountryRule = keyof typeof COUNTRY_WEIGHTS;

/** What a lexicon term stands for once it matches. */
export type Hit =
  | {
      kind: "country";
      code: string;
      rule: CountryRule;
      /** Key into AMBIGUOUS_WORDS when the word has other meanings. */
      check?: string;
      /** The sibling a shared name means when only the sibling is named outright ("Congo"). */
      alt?: string;
    }
  /**
   * slot 0 is a plain term; slots 1 and 2 are the two sides of a "near" rule, `window` words apart
   * at most. A `named` first side also fires alone right before a name ("Storm Babet").
   */
  | {
      kind: "crisis";
      crisis: Crisis;
      rule: string;
      slot: 0 | 1 | 2;
      window: number;
      named?: boolean;
      nameIsHistory?: boolean;
      partOf?: readonly Crisis[];
    }
  | { kind: "custom"; tag: string; rule: string }
  | { kind: "actor"; actor: string; members: readonly string[] }
  /** A user's exclude term: its words count for nothing. */
  | { kind: "exclude"; rule: string }
  /**
   * Marks a sentence as culture or history coverage, where crisis words describe no current
   * event, as sport, where "attack", "riot" and "protest" are about a match, or as crime, where a
   * shoot-out with smugglers is police work, not a war, or as minors, where a social media ban
   * is an age limit, not a shutdown.
   */
  | { kind: "cue"; cue: string; context: "culture" | "sport" | "crime" | "minors" }
  /** Takes its words away from shorter matches in the same group: "storm of criticism", "guinea pig". */
  | { kind: "block"; rule: string; crisis?: true }
  /** Denies the crisis words just after it ("no curfew") or just before it ("Ausgangssperre nicht"). */
  | { kind: "negation"; denies: "following" | "preceding" }
  /** Next to a negation, turns it around: "not only", "has not been lifted", "flauen nicht ab". */
  | { kind: "undo" };
