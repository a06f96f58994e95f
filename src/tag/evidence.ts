import type { Evidence } from "../model/tags.ts";
import type { Match } from "./matcher.ts";

/** Collects evidence per tag, rule and field, so each reason is listed once with all its words. */
export class EvidenceList {
  readonly #entries = new Map<string, Evidence>();

  constructor(private readonly kind: Evidence["kind"]) {}

  add(tag: string, rule: string, ...matches: Match<unknown>[]): void {
    for (const match of matches) {
      const field = match.tokens[0]?.field;
      if (!field) continue;
      this.#push(tag, rule, field, match.tokens.map((token) => token.surface).join(" "));
    }
  }

  addFeed(tag: string, rule: string, terms: string[]): void {
    for (const term of terms) this.#push(tag, rule, "feed", term);
  }

  #push(tag: string, rule: string, field: Evidence["field"], term: string): void {
    const key = `${tag}\u0000${rule}\u0000${field}`;
    const entry = this.#entries.get(key) ?? { tag, kind: this.kind, rule, field, terms: [] };
    this.#entries.set(key, entry);
    if (!entry.terms.includes(term)) entry.terms.push(term);
  }

  /** Every entry: for reasons kept whatever the tags, such as what was suppressed and why. */
  all(): Evidence[] {
    return [...this.#entries.values()];
  }

  /** The evidence of the given tags only: words that did not reach a tag explain nothing. */
  for(tags: readonly string[]): Evidence[] {
    const kept = new Set(tags);
    return [...this.#entries.values()].filter((entry) => kept.has(entry.tag));
  }
}
