import type { Story } from "../model/story.ts";
import { countryName } from "../query/describe.ts";

/**
 * The vocabularies sitrep's tags come from. Each is a category `domain` (RSS) or `scheme`
 * (Atom) whose term is the code or slug itself:
 * - https://sitrep.dev/vocab/country: ISO 3166-1 alpha-2 codes, upper case ("KZ")
 * - https://sitrep.dev/vocab/region: UN M49 sub-region and grouping slugs ("central-asia", "sahel")
 * - https://sitrep.dev/vocab/crisis: crisis slugs from CRISES ("unrest")
 * - https://sitrep.dev/vocab/custom: tags defined by this instance's tagging rules
 * - https://sitrep.dev/vocab/event: the id of the event the story is part of, its title as label
 */
export const VOCABULARIES = {
  country: "https://sitrep.dev/vocab/country",
  region: "https://sitrep.dev/vocab/region",
  crisis: "https://sitrep.dev/vocab/crisis",
  custom: "https://sitrep.dev/vocab/custom",
  event: "https://sitrep.dev/vocab/event",
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;

export interface Category {
  term: string;
  vocabulary: Vocabulary;
  scheme: string;
  /** Human-readable name, when it differs from the term. */
  label: string | null;
}

const category = (vocabulary: Vocabulary, term: string, label: string | null = null): Category => ({
  term,
  vocabulary,
  scheme: VOCABULARIES[vocabulary],
  label,
});

export function storyCategories(story: Story): Category[] {
  return [
    ...story.countries.map((code) => category("country", code, countryName(code))),
    ...story.regions.map((slug) => category("region", slug)),
    ...story.crises.map((slug) => category("crisis", slug)),
    ...story.custom.map((tag) => category("custom", tag)),
    ...(story.event ? [category("event", story.event.id, story.event.title)] : []),
  ];
}
