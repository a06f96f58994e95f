import { primaryLanguage } from "../text/language-tag.ts";
import { contentTokens, stripWirePrefix } from "./content-tokens.ts";
import { bandBuckets } from "./minhash.ts";
import { nameTokens } from "./name-tokens.ts";
import { processingLanguage } from "./stemming.ts";

/** What dedup keeps of a report's text: enough to compare it with later reports, and no more. */
export interface Fingerprint {
  /** The declared BCP 47 primary subtag. Only declared languages keep reports apart. */
  language: string | null;
  /** Sorted, unique cut stems of the headline and the lead. */
  tokens: string[];
  /** Those of the headline alone. */
  headline: string[];
  /** Those of the lead alone. */
  lead: string[];
  /** The tokens that came from proper names (see names.ts). */
  names: string[];
  /** MinHash bucket numbers of `tokens`, one per band, for the candidate index. */
  bands: number[];
}

/**
 * Only the lead of a summary counts: one feed sends a one-line teaser and another the whole
 * article, and the full text would drown the words the two share. Syndicated copies keep the lead.
 */
const LEAD_CHARS = 500;

function lead(summary: string): string {
  if (summary.length <= LEAD_CHARS) return summary;
  const cut = summary.lastIndexOf(" ", LEAD_CHARS);
  return summary.slice(0, cut > 0 ? cut : LEAD_CHARS);
}

function uniqueSorted(tokens: string[]): string[] {
  return [...new Set(tokens)].sort();
}

export function fingerprint(input: { title: string; summary: string; language: string | null }): Fingerprint {
  const language = primaryLanguage(input.language);
  const title = stripWirePrefix(input.title);
  const summary = lead(input.summary);
  const stemming = processingLanguage(language, `${title} ${summary}`);
  const headline = uniqueSorted(contentTokens(title, stemming));
  const leadTokens = uniqueSorted(contentTokens(summary, stemming));
  const tokens = uniqueSorted([...headline, ...leadTokens]);
  const names = uniqueSorted([
    ...nameTokens(title, stemming, "title"),
    ...nameTokens(summary, stemming, "summary"),
  ]);
  return { language, tokens, headline, lead: leadTokens, names, bands: bandBuckets(tokens) };
}
