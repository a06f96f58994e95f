import type { FeedDocument } from "../../src/render/document.ts";
import { makeStory, NOW, STORIES } from "../query/stories.ts";

/** A title that breaks naive XML and JSON writers, plus a control character XML 1.0 forbids. */
export const TRICKY_TITLE = `Rock & <Roll> "quoted" 'apos' ]]> end`;

export const TRICKY = makeStory({
  id: "tricky",
  feedId: "delta-times",
  feedName: "Delta & Sons <Press>",
  title: `${TRICKY_TITLE}\u0001`,
  summary: "Summary with <angle> brackets & ampersands.",
  contentHtml:
    '<p onclick="steal()">Water rose <b>fast</b>.</p><script>alert(1)</script>' +
    '<a href="javascript:alert(2)">bad link</a><iframe src="https://evil.example/"></iframe>' +
    '<img src="https://delta-times.example/flood.jpg" onerror="alert(3)"><p>]]> inside content</p>',
  published: "2025-06-10T11:00:00Z",
  language: "en",
  author: "Rahim & Co",
  countries: ["BD"],
  regions: ["southern-asia"],
  crises: ["flood"],
  others: [
    {
      feedId: "kyiv-wire",
      feedName: "Kyiv Wire",
      language: "uk",
      title: "Повінь у дельті",
      link: "https://kyiv-wire.example/p",
    },
    {
      feedId: "darfur-radio",
      feedName: "راديو دارفور",
      language: "ar",
      title: "فيضانات",
      link: "javascript:alert(4)",
    },
  ],
});

export const DOC: FeedDocument = {
  base: "https://sitrep.example",
  title: "sitrep: Kazakhstan (KZ) · unrest",
  description: "Crisis news, deduplicated and tagged",
  selfUrl: "https://sitrep.example/feed.xml?country=KZ&crisis=unrest",
  pageUrl: "https://sitrep.example/?country=KZ&crisis=unrest",
  hubUrl: "https://sitrep.example/websub",
  feedUrls: {
    rss: "https://sitrep.example/feed.xml?country=KZ&crisis=unrest",
    atom: "https://sitrep.example/feed.atom?country=KZ&crisis=unrest",
    json: "https://sitrep.example/feed.json?country=KZ&crisis=unrest",
  },
  updated: NOW.toISOString(),
  stories: [TRICKY, ...STORIES],
  omitted: 0,
};
