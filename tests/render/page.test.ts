import { describe, expect, it } from "vitest";
import { countActivity } from "../../src/query/activity.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { renderPage } from "../../src/render/page.tsx";
import { SITE_CSS, SITE_CSS_PATH } from "../../src/render/site-css.ts";
import { FEED_IDS, NOW } from "../query/stories.ts";
import { DOC } from "./documents.ts";

const filter = parseFilter(
  { country: "KZ", crisis: "unrest", q: "fuel", feed: "steppe-news", limit: "20" },
  { now: NOW, feedIds: FEED_IDS },
);
const ui = {
  filter,
  activity: countActivity(DOC.stories, { now: NOW, by: "countries" as const, days: 21 }),
  options: {
    countries: ["BD", "UA"],
    regions: ["central-asia"],
    crises: ["flood", "unrest"],
    languages: ["ar", "en", "ru"],
  },
  countryCounts: new Map([
    ["KZ", 9],
    ["UA", 1],
  ]),
};
const html = renderPage(DOC, ui);
const count = (pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;

describe("renderPage", () => {
  it("is a complete document readable on a phone, styled from the static stylesheet", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"\/>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(html).toContain(`<link rel="stylesheet" href="${SITE_CSS_PATH}"/>`);
    expect(html).toContain("<title>sitrep: Kazakhstan (KZ) · unrest</title>");
    expect(SITE_CSS).toContain(".story");
  });

  it("has no script, no inline style and no event handlers, so a strict CSP holds", () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=|javascript:/i);
  });

  it("offers RSS, Atom and JSON Feed by autodiscovery and as subscribe links", () => {
    const amp = (url: string) => url.replace(/&/g, "&amp;");
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${DOC.title} (RSS)" href="${amp(DOC.feedUrls.rss)}"/>`,
    );
    expect(html).toContain(
      `<link rel="alternate" type="application/atom+xml" title="${DOC.title} (Atom)" href="${amp(DOC.feedUrls.atom)}"/>`,
    );
    expect(html).toContain(
      `<link rel="alternate" type="application/feed+json" title="${DOC.title} (JSON Feed)" href="${amp(DOC.feedUrls.json)}"/>`,
    );
    expect(count(/<a href="[^"]+" type="application\/(rss\+xml|atom\+xml|feed\+json)">/)).toBe(3);
  });

  it("has a folded GET form whose fields are the query parameters, one drop-down each, languages by name", () => {
    expect(html).toContain('<details class="filters"><summary>Filter stories further</summary>');
    expect(html).toContain('<form method="get" action="https://sitrep.example/">');
    for (const name of ["country", "region", "crisis", "lang"]) {
      expect(html).toContain(`<select name="${name}">`);
    }
    expect(html).not.toContain("multiple");
    expect(html).toContain('<input type="search" name="q" value="fuel" maxlength="200"');
    expect(html).toContain('<select name="since">');
    // KZ is chosen: it rides along hidden, and the drop-down offers the others, to add.
    expect(html).toContain('<input type="hidden" name="country" value="KZ"/>');
    expect(html).toContain(
      '<option value="">add another…</option><option value="BD">Bangladesh (BD)</option>',
    );
    expect(html).toContain('<option value="">any</option><option value="ar">Arabic (ar)</option>');
    expect(html).toContain('<option value="ru">Russian (ru)</option>');
    expect(html).toContain('<option value="central-asia">central asia</option>');
    // Parameters without a control survive a resubmission.
    expect(html).toContain('<input type="hidden" name="feed" value="steppe-news"/>');
    expect(html).toContain('<input type="hidden" name="limit" value="20"/>');
  });

  it("shows each active filter value as a chip that links to the page without it", () => {
    const chips = [
      ...html.matchAll(/<li><a href="([^"]*)" title="Take this out of the filter">([^<]*) <span/g),
    ];
    expect(chips.map((chip) => [chip[2], (chip[1] ?? "").replaceAll("&amp;", "&")])).toEqual([
      ["Kazakhstan (KZ)", "https://sitrep.example/?crisis=unrest&feed=steppe-news&q=fuel&limit=20"],
      ["unrest", "https://sitrep.example/?country=KZ&feed=steppe-news&q=fuel&limit=20"],
      ["feed: steppe-news", "https://sitrep.example/?country=KZ&crisis=unrest&q=fuel&limit=20"],
      ["“fuel”", "https://sitrep.example/?country=KZ&crisis=unrest&feed=steppe-news&limit=20"],
    ]);
    expect(html).toContain('<a href="https://sitrep.example/">clear all</a>');
  });

  it("puts the stories before the map and the chart", () => {
    const stories = html.indexOf('<ol class="stories">');
    expect(stories).toBeGreaterThan(0);
    expect(stories).toBeLessThan(html.indexOf('<section class="map"'));
    expect(html.indexOf('<section class="map"')).toBeLessThan(html.indexOf('<section class="activity"'));
  });

  it("draws a world map whose countries link to the filter with them added, or taken out when chosen", () => {
    const links = [
      ...html.matchAll(/<a href="([^"]*)"><path d="[^"]+" class="([^"]+)"><title>([^<]*)<\/title>/g),
    ];
    expect(links.length).toBeGreaterThan(150);
    const byName = new Map(links.map((link) => [(link[3] ?? "").split(":")[0], link]));
    const kazakhstan = byName.get("Kazakhstan");
    expect(kazakhstan?.[2]).toBe("c5 chosen");
    expect(kazakhstan?.[3]).toBe("Kazakhstan: 9 stories (in the filter: select to take it out)");
    expect((kazakhstan?.[1] ?? "").replaceAll("&amp;", "&")).toBe(
      "https://sitrep.example/?crisis=unrest&feed=steppe-news&q=fuel&limit=20",
    );
    const ukraine = byName.get("Ukraine");
    expect(ukraine?.[2]).toBe("c2");
    expect((ukraine?.[1] ?? "").replaceAll("&amp;", "&")).toBe(
      "https://sitrep.example/?country=KZ,UA&crisis=unrest&feed=steppe-news&q=fuel&limit=20",
    );
    expect(byName.get("Chile")?.[2]).toBe("c0");
    expect(html).toContain("The map counts stories without the words filter.");
  });

  it("shows one entry per story, newest first as given, with tags and other sources", () => {
    expect(count(/<li class="story">/)).toBe(DOC.stories.length);
    expect(html.indexOf("Rock &amp; &lt;Roll&gt;")).toBeLessThan(html.indexOf("В Алматы прошли протесты"));
    expect(html).toContain('<a href="?country=KZ">Kazakhstan</a>');
    expect(html).toContain('<a href="?crisis=unrest">unrest</a>');
    expect(html).toContain('<li class="tag custom"><a href="?tag=energy">energy</a></li>');
    expect(html).toContain(
      'Also reported by: <a href="https://steppe-news.example/a/1" hreflang="en">Steppe News (en)</a>',
    );
    expect(html).toContain("آلاف النازحين يصلون إلى مخيمات شمال دارفور");
  });

  it("escapes titles and never renders a story's HTML", () => {
    expect(html).toContain("Rock &amp; &lt;Roll&gt; &quot;quoted&quot; &#39;apos&#39; ]]&gt; end");
    expect(html).not.toContain("<Roll>");
    expect(html).not.toContain("<b>fast</b>");
  });

  it("draws the activity chart as inline SVG, one small row per country, with dates under it", () => {
    expect(count(/<li class="series">/g)).toBe(ui.activity.length);
    expect(ui.activity.length).toBeGreaterThan(1);
    expect(count(/<rect /g)).toBe(ui.activity.length * 21);
    expect(html).toContain('<h2 id="activity-heading">Stories per day, last 21 days</h2>');
    expect(html).toContain("<title>10 Jun: 1 story</title>");
    expect(html).toMatch(
      /<p class="axis" aria-hidden="true"><span>\d+ \w{3}<\/span><span>\d+ \w{3}<\/span><span>\d+ \w{3}<\/span><\/p>/,
    );
  });

  it("says so when nothing matches and leaves out an empty chart", () => {
    const empty = renderPage({ ...DOC, stories: [] }, { ...ui, activity: [] });
    expect(empty).toContain("No stories match this filter yet.");
    expect(empty).not.toContain('<section class="activity"');
  });
});
