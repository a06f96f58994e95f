import type { z } from "zod";
import type { Story } from "../model/story.ts";
import type { Evidence } from "../model/tags.ts";
import type { StoryDetailSchema, StorySummarySchema, TagEvidenceSchema } from "./schemas.ts";

export type StorySummary = z.output<typeof StorySummarySchema>;
export type StoryDetail = z.output<typeof StoryDetailSchema>;
type TagEvidence = z.output<typeof TagEvidenceSchema>;

export function toSummary(story: Story): StorySummary {
  const { item } = story;
  return {
    id: story.id,
    title: item.title,
    summary: item.summary,
    link: item.link,
    author: item.author,
    published: item.published,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    language: story.language,
    countries: story.countries,
    regions: story.regions,
    crises: story.crises as StorySummary["crises"],
    custom: story.custom,
    feedId: item.feedId,
    sourceCount: Math.max(story.sources.length, 1),
  };
}

/** Every tag of the story, each with the stored evidence that names it. */
function tagsWithEvidence(story: Story): TagEvidence[] {
  const kinds: [Evidence["kind"], string[]][] = [
    ["country", story.countries],
    ["region", story.regions],
    ["crisis", story.crises],
    ["custom", story.custom],
  ];
  return kinds.flatMap(([kind, tags]) =>
    tags.map((tag) => ({
      kind,
      tag,
      evidence: story.evidence
        .filter((entry) => entry.kind === kind && entry.tag === tag)
        .map(({ rule, field, terms }) => ({ rule, field, terms })),
    })),
  );
}

export function toDetail(story: Story): StoryDetail {
  const { item } = story;
  return {
    ...toSummary(story),
    canonicalUrl: item.canonicalUrl,
    updated: item.updated,
    contentHtml: item.contentHtml,
    categories: item.categories,
    sources: story.sources.map(({ itemId, feedId, feedName, title, link, language, published }) => ({
      itemId,
      feedId,
      feedName,
      title,
      link,
      language,
      published,
    })),
    tags: tagsWithEvidence(story),
  };
}

/** The newest change among the stories, for Last-Modified; `now` when there are none. */
export function lastChange(stories: readonly Story[], now: Date): Date {
  const newest = Math.max(...stories.map((story) => Date.parse(story.lastSeen)).filter(Number.isFinite));
  return Number.isFinite(newest) ? new Date(newest) : now;
}
