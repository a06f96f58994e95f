import type { Tags } from "../model/tags.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import { contentTokens, stripWirePrefix } from "./content-tokens.ts";
import { type Genre, genreOf } from "./event-genre.ts";
import { tokenId } from "./minhash.ts";
import { nameTokens } from "./name-tokens.ts";
import { processingLanguage } from "./stemming.ts";

/**
 * What the event decision knows of a story: the words of its first report, the names in them
 * (places, people, organisations) and the tagger's places, countries and crises. Kept compact,
 * because an event remembers its newest stories this way.
 */
export interface EventFeatures {
  storyId: string;
  language: string | null;
  /** Names in the headline, as cut stems. */
  head: string[];
  /** Names in the headline and lead, and the places the tagger found, as cut stems. */
  names: string[];
  /** Ids of the content tokens (`tokenId`), sorted ascending. */
  tokens: number[];
  crises: string[];
  countries: string[];
  genre: Genre;
  /** When the story's first report was published, epoch ms. */
  at: number;
}

export interface EventInput {
  storyId: string;
  title: string;
  summary: string;
  language: string | null;
  /** Epoch ms. */
  at: number;
  tags: Pick<Tags, "countries" | "crises" | "evidence">;
}

const LEAD_CHARS = 500;
const unique = (values: Iterable<string>) => [...new Set(values)].sort();

export function eventFeatures(input: EventInput): EventFeatures {
  const language = primaryLanguage(input.language);
  const title = stripWirePrefix(input.title);
  const lead = input.summary.slice(0, LEAD_CHARS);
  const stemming = processingLanguage(language, `${title} ${lead}`);
  const places = input.tags.evidence
    .filter((entry) => entry.kind === "country" && entry.rule === "place")
    .flatMap((entry) => entry.terms);
  const head = unique(nameTokens(title, stemming, "title"));
  const names = unique([
    ...head,
    ...nameTokens(lead, stemming, "summary"),
    ...contentTokens(places.join(" "), stemming),
  ]);
  const tokens = [
    ...new Set([...contentTokens(title, stemming), ...contentTokens(lead, stemming)].map(tokenId)),
  ];
  const genre = genreOf(title);
  return {
    storyId: input.storyId,
    language,
    head,
    names,
    tokens: tokens.sort((a, b) => a - b),
    crises: [...input.tags.crises].sort(),
    countries: [...input.tags.countries].sort(),
    // An anniversary only sets a report apart when it recalls a crisis; a jubilee is news.
    genre: genre === "remembrance" && input.tags.crises.length === 0 ? "news" : genre,
    at: input.at,
  };
}
