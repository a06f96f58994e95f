import { z } from "zod";
import {
  type ConfigVocabulary,
  DEFAULT_LIMIT,
  GROUPS,
  MAX_LIMIT,
  type ParamName,
  vocabularyOf,
} from "./params.ts";
import { dateOrDateTime, TIME_ACCEPTED } from "./time.ts";
import { MAX_TEXT_LENGTH, MAX_VALUES } from "./values.ts";

/**
 * The query parameters as zod schemas, for the API document: built from the very
 * vocabularies the readers in params.ts check against, so what the document lists is what
 * a request may send. Values are canonically spelt; codes and slugs are accepted in any case.
 */
function codes(param: "country" | "region" | "crisis" | "lang" | "feed" | "tag", config: ConfigVocabulary) {
  const vocabulary = vocabularyOf(param, config);
  const item =
    vocabulary.values === null
      ? z.string().regex(vocabulary.pattern)
      : vocabulary.values.length === 0
        ? z.never()
        : z.enum(vocabulary.values as [string, ...string[]]);
  return z.array(item).max(MAX_VALUES);
}

const words = () => z.array(z.string()).max(MAX_VALUES);

const time = () =>
  z.union([dateOrDateTime, z.string().describe('a duration back from now, such as "24h", "7d", "1h30m"')]);

const DESCRIPTIONS: Record<ParamName, string> = {
  country: "Countries the story is about: ISO 3166-1 alpha-2 codes.",
  region: "Regions: UN M49 sub-regions and groupings such as sahel or caucasus.",
  crisis: "Kinds of crisis.",
  lang: "Languages of the story or of any of its reports: ISO 639 primary subtags.",
  feed: "Feeds (config ids) that reported the story.",
  tag: "Custom tags: the config's tagging rules (tagging.custom) and its feeds' tags.",
  q: `Words that must all appear in the title or summary of the story or one of its reports; a word matches the start of a word, in any case and with or without accents. At most ${MAX_TEXT_LENGTH} characters in all.`,
  exclude: `Words none of which may appear (matched like q). At most ${MAX_TEXT_LENGTH} characters in all.`,
  since: `Stories first reported at or after this: ${TIME_ACCEPTED}.`,
  until: `Stories first reported at or before this: ${TIME_ACCEPTED}.`,
  limit: `How many stories, from 1 to ${MAX_LIMIT}.`,
  group:
    "story (default): one entry per story; event: one entry per event, listing its developments newest first.",
};

export function paramSchemas(config: ConfigVocabulary): Record<ParamName, z.ZodType> {
  const schemas: Record<ParamName, z.ZodType> = {
    country: codes("country", config),
    region: codes("region", config),
    crisis: codes("crisis", config),
    lang: codes("lang", config),
    feed: codes("feed", config),
    tag: codes("tag", config),
    q: words(),
    exclude: words(),
    since: time(),
    until: time(),
    limit: z.int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
    group: z.enum(GROUPS).default("story"),
  };
  for (const [name, schema] of Object.entries(schemas)) {
    schemas[name as ParamName] = schema.describe(DESCRIPTIONS[name as ParamName]);
  }
  return schemas;
}
