import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { PAGE_CSP } from "../../src/api/page-route.ts";
import { countActivity } from "../../src/query/activity.ts";
import { readActivity } from "../../src/query/activity-counts.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { queryStories } from "../../src/query/find-stories.ts";
import { readPresentValues } from "../../src/query/present-values.ts";
import { SITE_CSS } from "../../src/render/renderers.ts";
import { NOW, SEEDS, seededTestApi } from "./harness.ts";

const { app, keys, redis } = seededTestApi("api-page");

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;
const options = (html: string, name: string) =>
  [
    ...(new RegExp(`<select name="${name}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? "").matchAll(
      /value="([^"]*)"/g,
    ),
  ].map((match) => match[1]);

describe("GET /", () => {
  it("is HTML under a strict CSP, with nosniff and no referrer", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(PAGE_CSP).toBe(response.headers.get("content-security-policy"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("etag")).toMatch(/^"/);
  });

  it("lists every story and offers only the values stories have", async () => {
    const html = await (await app.request("/")).text();
    expect(count(html, /<li class="story">/)).toBe(SEEDS.length);
    // The first option of each drop-down is "any".
    expect(options(html, "country")).toEqual(["", "BD", "KZ", "PE", "SD"]);
    expect(options(html, "crisis")).toEqual([
      "",
      "unrest",
      "crackdown",
      "earthquake",
      "flood",
      "displacement",
    ]);
    expect(options(html, "lang")).toEqual(["", "ar", "en", "es", "ru"]);
    expect(options(html, "region")).toEqual([
      "",
      "central-asia",
      "northern-africa",
      "south-america",
      "southern-asia",
    ]);
  });

  it("narrows the list with the feeds' query parameters and points its feed links at the same filter", async () => {
    const html = await (await app.request("/?country=KZ&crisis=unrest")).text();
    expect(count(html, /<li class="story">/)).toBe(2);
    expect(html).toContain("Водители в Актау протестуют против роста цен на газ");
    expect(html).not.toContain("Court in Astana");
    const rss = /<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)"/.exec(
      html,
    )?.[1];
    expect(rss).toBe("https://sitrep.example/feed.xml?country=KZ&amp;crisis=unrest");
    const feed = parseRssFeed(await (await app.request(rss?.replace(/&amp;/g, "&") ?? "")).text());
    expect(feed.items).toHaveLength(2);
  });

  it("charts stories per day over four weeks for the busiest countries and crises", async () => {
    const html = await (await app.request("/")).text();
    expect(html).toContain("Stories per day, last 28 days");
    // Four countries and the three busiest crises; the Karaganda story is older than the window.
    expect(count(html, /<li class="series">/)).toBe(7);
    expect(count(html, /<rect /)).toBe(7 * 28);
    expect(html).toContain('aria-label="Kazakhstan (KZ): 2 stories from 11 Feb to 10 Mar"');
    expect(html).toContain("<title>10 Mar: 1 story</title>");
    expect(html).toContain(
      '<p class="axis" aria-hidden="true"><span>11 Feb</span><span>24 Feb</span><span>10 Mar</span></p>',
    );
  });

  it("shades the map by stories per country for the filter, its own countries left out", async () => {
    const html = await (await app.request("/?country=KZ&crisis=unrest,earthquake")).text();
    const shades = new Map(
      [...html.matchAll(/<path d="[^"]+" class="([^"]+)"><title>([^:<]+):/g)].map((m) => [m[2], m[1]]),
    );
    // Unrest in Kazakhstan and an earthquake in Peru: both shaded, Kazakhstan outlined as chosen.
    expect(shades.get("Kazakhstan")).toBe("c5 chosen");
    expect(shades.get("Peru")).toMatch(/^c[1-5]$/);
    expect(shades.get("Bangladesh")).toBe("c0");
  });

  it("answers a bad filter with a 400 page that says what is wrong, escaped, under the same CSP", async () => {
    const response = await app.request("/?country=%3Cscript%3E");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8$/i);
    expect(response.headers.get("content-security-policy")).toBe(PAGE_CSP);
    const html = await response.text();
    expect(html).toContain(
      "The <code>country</code> parameter is wrong: unknown value &quot;&lt;SCRIPT&gt;&quot;.",
    );
    expect(html).not.toContain("<SCRIPT>");
    expect(html).toContain('<a href="/">Show all stories</a>');
  });
});

describe("what the page reads from Redis", () => {
  it("counts activity in Redis exactly as countActivity counts the stories", async () => {
    const stories = await queryStories(redis, keys, parseFilter({ limit: "500" }, { now: NOW, feedIds: [] }));
    for (const by of ["countries", "crises"] as const) {
      const options = { now: NOW, by, days: 28, top: 5 };
      expect(await readActivity(redis, keys, options)).toEqual(countActivity(stories, options));
    }
  });

  it("finds the values present from the indexes, plus the configured feeds' languages", async () => {
    expect(await readPresentValues(redis, keys, ["kk"])).toEqual({
      countries: ["BD", "KZ", "PE", "SD"],
      regions: ["central-asia", "northern-africa", "south-america", "southern-asia"],
      crises: ["unrest", "crackdown", "earthquake", "flood", "displacement"],
      languages: ["ar", "en", "es", "ru"],
    });
  });
});

describe("GET /static/site.css", () => {
  it("serves the stylesheet as UTF-8 CSS, cached for a week and revalidated by ETag", async () => {
    const response = await app.request("/static/site.css");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(
      "public, max-age=604800, stale-while-revalidate=86400",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe(SITE_CSS);
    const etag = response.headers.get("etag") ?? "";
    expect((await app.request("/static/site.css", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});
