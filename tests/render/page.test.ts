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

  it("has a plain GET form whose fields are the query parameters, the current choices selected", () => {
    expect(html).toContain('<form method="get" action="https://sitrep.example/" class="filters">');
    for (const name of ["country", "region", "crisis", "lang"])
      expect(html).toContain(`<select name="${name}" multiple=""`);
    expect(html).toContain('<input type="search" name="q" value="fuel" maxlength="200"');
    expect(html).toContain('<select name="since">');
    // KZ is chosen but not among the offered countries: it is still offered, and selected.
    expect(html).toContain('<option value="KZ" selected="">Kazakhstan (KZ)</option>');
    expect(html).toContain('<option value="BD">Bangladesh (BD)</option>');
    expect(html).toContain('<option value="unrest" selected="">unrest</option>');
    // Parameters without a control survive a resubmission.
    expect(html).toContain('<input type="hidden" name="feed" value="steppe-news"/>');
    expect(html).toContain('<input type="hidden" name="limit" value="20"/>');
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

  it("draws the activity chart as inline SVG, one series per country", () => {
    expect(count(/<svg /g)).toBe(ui.activity.length);
    expect(ui.activity.length).toBeGreaterThan(1);
    expect(count(/<rect /g)).toBe(ui.activity.length * 21);
    expect(html).toContain('<h2 id="activity-heading">Stories per day, last 21 days</h2>');
    expect(html).toContain("<title>2025-06-10: 1 story</title>");
  });

  it("says so when nothing matches and leaves out an empty chart", () => {
    const empty = renderPage({ ...DOC, stories: [] }, { ...ui, activity: [] });
    expect(empty).toContain("No stories match this filter yet.");
    expect(empty).not.toContain("<svg");
  });
});
