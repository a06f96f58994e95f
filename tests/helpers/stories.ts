import type { Item } from "../../src/model/item.ts";
import type { Tags } from "../../src/model/tags.ts";
import type { StoryReport } from "../../src/store/stories.ts";

export function makeItem(id: string, overrides: Partial<Item> = {}): Item {
  return {
    id,
    guid: `urn:test:${id}`,
    feedId: "wire",
    title: `Title ${id}`,
    link: `https://news.example/${id}`,
    canonicalUrl: `https://news.example/${id}`,
    published: "2026-11-20T10:00:00.000Z",
    updated: null,
    author: null,
    summary: `Summary of ${id}`,
    contentHtml: `<p>Body of ${id}</p>`,
    categories: [],
    language: "en",
    ...overrides,
  };
}

export function makeTags(overrides: Partial<Tags> = {}): Tags {
  return { language: "en", countries: [], regions: [], crises: [], custom: [], evidence: [], ...overrides };
}

/** A report that creates its own story unless storyId/isNew say otherwise. */
export function makeReport(
  item: Item,
  tags: Partial<Tags> = {},
  storyId = item.id,
  isNew = storyId === item.id,
): StoryReport {
  return {
    storyId,
    isNew,
    item,
    tags: makeTags(tags),
    source: {
      itemId: item.id,
      feedId: item.feedId,
      feedName: null,
      title: item.title,
      link: item.link,
      language: item.language,
      published: item.published,
    },
  };
}
