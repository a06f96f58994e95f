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
}

export interface CrisisLexicon {
  /** Keyed by a short rule name; evidence reports it as "<language>:<name>". */
  rules: Readonly<Record<string, CrisisRule>>;
  /** Figurative or historical phrases that hide the crisis words inside them. */
  blocks: readonly string[];
  /** Culture and history words: crisis words in the same sentence describe no current event. */
  cues: readonly string[];
}

export const DEFAULT_WINDOW = 6;
