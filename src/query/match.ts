import type { Story } from "../model/story.ts";
import { fold } from "../text/fold.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import type { StoryFilter } from "./filter.ts";
import { wordPattern } from "./word-pattern.ts";

/** The instant a story is filtered and sorted by: its first report's publication time (as the store scores it). */
export function storyTime(story: Story): number {
  return Date.parse(story.item.published);
}

interface Patterns {
  q: RegExp[];
  exclude: RegExp[];
}

// Filters are built once per request and tested against many stories: compile their words once.
const compiled = new WeakMap<StoryFilter, Patterns>();

function patternsOf(filter: StoryFilter): Patterns {
  let patterns = compiled.get(filter);
  if (!patterns) {
    patterns = { q: filter.q.map(wordPattern), exclude: filter.exclude.map(wordPattern) };
    compiled.set(filter, patterns);
  }
  return patterns;
}

const anyOf = (wanted: readonly string[], present: readonly string[]) =>
  wanted.length === 0 || wanted.some((value) => present.includes(value));

/** Text searched by `q` and `exclude`: the story's title and summary and every source's title. */
function searchText(story: Story): string {
  return fold(
    [story.item.title, story.item.summary, ...story.sources.map((source) => source.title)].join("\n"),
  );
}

/** Whether the filter reads every candidate story's text (`q`, `exclude`): the costly kind of query. */
export function searchesText(filter: Pick<StoryFilter, "q" | "exclude">): boolean {
  return filter.q.length > 0 || filter.exclude.length > 0;
}

function matchesWords(filter: StoryFilter, story: Story): boolean {
  if (!searchesText(filter)) return true;
  const text = searchText(story);
  const { q, exclude } = patternsOf(filter);
  return q.every((pattern) => pattern.test(text)) && !exclude.some((pattern) => pattern.test(text));
}

/**
 * The filter's semantics, shared by every output format: AND across parameters, OR within one.
 * A story is in a language or from a feed when any of its sources is.
 */
export function matchesStory(filter: StoryFilter, story: Story): boolean {
  const time = storyTime(story);
  const languages = [
    story.language,
    story.item.language,
    ...story.sources.map((source) => source.language),
  ].map(primaryLanguage);
  const feeds = [story.item.feedId, ...story.sources.map((source) => source.feedId)];
  return (
    anyOf(filter.countries, story.countries) &&
    anyOf(filter.regions, story.regions) &&
    anyOf(filter.crises, story.crises) &&
    anyOf(
      filter.languages,
      languages.filter((code) => code !== null),
    ) &&
    anyOf(filter.feeds, feeds) &&
    anyOf(filter.tags, story.custom) &&
    (filter.since === null || time >= filter.since.getTime()) &&
    (filter.until === null || time <= filter.until.getTime()) &&
    matchesWords(filter, story)
  );
}
