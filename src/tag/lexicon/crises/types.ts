import type { Crisis } from "../../../model/tags.ts";

/**
 * A crisis rule fires on any of its `terms`, or when a word of each `near` list occurs within
 * `window` words of the other in one field ("internet" … "cut"). Terms use the syntax of term.ts.
 */
export interface CrisisRule {
  crisis: Crisis;
  terms?: readonly string[];
  near?: readonly [readonly string[], readonly string[]];
  window?: number;
  /** The first `near` side also fires alone when a capitalised name follows it: "Storm Babet", "tempête Ciarán". */
  named?: boolean;
  /**
   * Written with a capital inside a sentence, the term is part of a name, and a named war is
   * history: "the Falklands War", "la Guerra Civil", "la Grande Guerre" (not for German nouns).
   */
  nameIsHistory?: boolean;
  /**
   * The terms name a measure against one of these crises, or a part of it, when the item has it: a
   * Covid curfew is `epidemic` only, the landslides an earthquake sets off are the earthquake's,
   * and an evacuation before a typhoon is the typhoon's.
   */
  partOf?: readonly Crisis[];
}

/** Words that say a crisis word near them is not happening: "no curfew", "denies a coup". */
export interface Negation {
  /** Deny the crisis words a few words after them: "not", "kein", "не", "pas", "no", "denies". */
  following: readonly string[];
  /** Deny the crisis word just before them: "Ausgangssperre nicht", "curfew was not", "ЧП не". */
  preceding: readonly string[];
  /** Right next to a negation, these turn it around: "not only", "was not lifted", "ne faiblit pas". */
  undo: readonly string[];
}

export interface CrisisLexicon {
  /** Keyed by a short rule name; evidence reports it as "<language>:<name>". */
  rules: Readonly<Record<string, CrisisRule>>;
  /** Figurative or historical phrases that hide the crisis words inside them. */
  blocks: readonly string[];
  /** Culture and history words: crisis words in the same sentence describe no current event. */
  cues: readonly string[];
  /** Sport words: in their sentence, unrest, attacks and fighting are about a game. */
  sport: readonly string[];
  /** Criminals: in their sentence, a clash or a shoot-out is crime, not armed conflict. */
  crime: readonly string[];
  /** Children and age limits: in their sentence, a ban on social media or apps is a rule for minors, not a shutdown. */
  minors: readonly string[];
  negation: Negation;
}

export const DEFAULT_WINDOW = 6;

/**
 * The hazards people are evacuated from ahead of time, a storm's landfall or a tsunami after a
 * quake: the evacuation is part of that story, not displacement (the real-text labels' convention).
 */
export const FORESEEN: readonly Crisis[] = ["storm", "earthquake"];
