import type { Item } from "../../src/model/item.ts";
import type { Source, Story } from "../../src/model/story.ts";
import { sanitizeContent } from "../../src/normalise/sanitize.ts";

/** The instant every fixture is measured from: tests never read the clock. */
export const NOW = new Date("2025-06-10T12:00:00Z");
export const FEED_IDS = ["almaty-daily", "kyiv-wire", "darfur-radio", "steppe-news", "delta-times"] as const;

export interface StorySpec {
  id: string;
  feedId: string;
  feedName?: string;
  title: string;
  summary?: string;
  contentHtml?: string;
  published: string;
  language?: string | null;
  author?: string | null;
  link?: string | null;
  countries?: string[];
  regions?: string[];
  crises?: string[];
  custom?: string[];
  others?: Partial<Source>[];
}

/** A story with one representative item and, optionally, later reports from other feeds. */
export function makeStory(spec: StorySpec): Story {
  const link = spec.link === undefined ? `https://${spec.feedId}.example/news/${spec.id}` : spec.link;
  const item: Item = {
    id: `item-${spec.id}`,
    guid: link ?? spec.id,
    feedId: spec.feedId,
    title: spec.title,
    link,
    canonicalUrl: link,
    published: spec.published,
    updated: null,
    author: spec.author ?? null,
    summary: spec.summary ?? "",
    // Stored content is what ingest sanitised, so a story is built the same way.
    contentHtml: sanitizeContent(spec.contentHtml ?? "", null),
    categories: [],
    language: spec.language ?? null,
  };
  const main: Source = {
    itemId: item.id,
    feedId: spec.feedId,
    feedName: spec.feedName ?? null,
    title: spec.title,
    link,
    language: item.language,
    published: spec.published,
  };
  const others = (spec.others ?? []).map(
    (other, index): Source => ({
      itemId: `item-${spec.id}-${index}`,
      feedId: "kyiv-wire",
      feedName: null,
      title: spec.title,
      link: null,
      language: null,
      published: spec.published,
      ...other,
    }),
  );
  const sources = [main, ...others];
  return {
    id: spec.id,
    guid: `story-${spec.id}`,
    item,
    sources,
    firstSeen: spec.published,
    lastSeen:
      sources
        .map((source) => source.published)
        .sort()
        .at(-1) ?? spec.published,
    language: item.language,
    countries: spec.countries ?? [],
    regions: spec.regions ?? [],
    crises: spec.crises ?? [],
    custom: spec.custom ?? [],
    evidence: [],
  };
}

/** Invented reports, newest first, covering the filters' edge cases. */
export const STORIES: Story[] = [
  makeStory({
    id: "almaty-fuel",
    feedId: "almaty-daily",
    feedName: "Almaty Daily",
    title: "В Алматы прошли протесты из-за цен на топливо",
    summary: "Несколько сотен человек вышли на площадь, требуя снизить цены на газ.",
    published: "2025-06-10T09:30:00Z",
    language: "ru",
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["unrest"],
    others: [
      {
        feedId: "steppe-news",
        feedName: "Steppe News",
        language: "en",
        title: "Fuel price protests spread to Almaty",
        link: "https://steppe-news.example/a/1",
        published: "2025-06-10T10:00:00Z",
      },
    ],
  }),
  makeStory({
    id: "astana-detentions",
    feedId: "steppe-news",
    feedName: "Steppe News",
    title: "Police detain activists outside Astana courthouse",
    summary: "At least twelve people were held after a sit-in supporting jailed journalists.",
    published: "2025-06-09T18:00:00Z",
    language: "en",
    author: "Dana Seitkali",
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["crackdown"],
  }),
  makeStory({
    id: "kharkiv-strikes",
    feedId: "kyiv-wire",
    feedName: "Kyiv Wire",
    title: "Overnight strikes damage power lines near Kharkiv",
    summary: "Engineers worked through the morning to restore electricity to several districts.",
    published: "2025-06-08T06:15:00Z",
    language: "en",
    countries: ["UA"],
    regions: ["eastern-europe"],
    crises: ["armed-conflict"],
    custom: ["energy"],
    others: [
      {
        feedId: "almaty-daily",
        feedName: "Almaty Daily",
        language: "ru",
        title: "Удары по Харькову",
        link: "https://almaty-daily.example/x",
        published: "2025-06-08T08:00:00Z",
      },
    ],
  }),
  makeStory({
    id: "darfur-camps",
    feedId: "darfur-radio",
    feedName: "راديو دارفور",
    title: "آلاف النازحين يصلون إلى مخيمات شمال دارفور",
    summary: "قالت منظمات الإغاثة إن المخيمات تعاني من نقص حاد في المياه والغذاء.",
    published: "2025-06-05T14:00:00Z",
    language: "ar",
    countries: ["SD"],
    regions: ["northern-africa"],
    crises: ["displacement", "food-crisis"],
  }),
  makeStory({
    id: "delta-floods",
    feedId: "delta-times",
    feedName: "Delta Times",
    title: "Flooding cuts off villages in the river delta",
    summary:
      "Rescue boats reached stranded families after the embankment gave way; sports events were cancelled.",
    published: "2025-05-20T07:00:00Z",
    language: "en",
    countries: ["BD"],
    regions: ["southern-asia"],
    crises: ["flood"],
  }),
];
