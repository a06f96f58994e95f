import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_MAX_BYTES, CUT_NOTE } from "../../src/normalise/sanitize.ts";
import { DOCUMENT_MAX_BYTES } from "../../src/render/size-budget.ts";
import { loadStories } from "../../src/store/stories.ts";
import { createTestApi, NOW, saveSeed } from "../api/harness.ts";
import { ingestFeed } from "../helpers/ingest.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeTags } from "../helpers/stories.ts";

const MiB = 1024 * 1024;
const redis = connect();
const prefix = testPrefix("content-caps");
const { app, keys } = createTestApi(redis, prefix);

function item(slug: string, title: string, content: string): string {
  return `<item><title>${title}</title><link>https://delta-post.example/news/${slug}</link>
  <pubDate>Tue, 10 Mar 2026 09:00:00 GMT</pubDate>
  <content:encoded><![CDATA[${content}]]></content:encoded></item>`;
}

/** Two items of 15 MiB each: a wall of paragraphs, and divs nested 3 million deep. */
const FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Delta Post</title><link>https://delta-post.example/</link>
${item("wall", "Delta levee inspection report published in full", "<p>The levee held along its whole length. </p>".repeat((15 * MiB) / 45))}
${item("nest", "Ferry timetable changes on the lower river", `<p>Ferries run hourly.</p>${"<div>".repeat((15 * MiB) / 5)}`)}
</channel></rss>`;

beforeAll(async () => {
  await ingestFeed(
    redis,
    prefix,
    { id: "delta-post", url: "https://delta-post.example/feed" },
    FEED,
    () => makeTags(),
    NOW,
  );
  // Many stories near the content cap, as a feed sending bulky items every poll would leave.
  const paragraph = '<p>Water levels &amp; "gauges" <b>rose</b> <i>again</i> overnight.</p>';
  for (let index = 0; index < 30; index++) {
    await saveSeed(redis, keys, {
      id: `bulky-${index}`,
      feedId: "nile-radio",
      title: `Gauge reading number ${index}`,
      summary: `Reading ${index} of the river gauges.`,
      published: new Date(NOW.getTime() - index * 60_000).toISOString(),
      language: "en",
      contentHtml: paragraph.repeat(CONTENT_MAX_BYTES / paragraph.length),
    });
  }
}, 120_000);

afterAll(async () => {
  await dropPrefix(redis, prefix);
  redis.disconnect();
});

describe("one item's content is capped", () => {
  it.each([
    ["a 15 MiB content:encoded", "wall", "The levee held along its whole length."],
    ["15 MiB of nested divs", "nest", "Ferries run hourly."],
  ])("%s is stored cut to 256 KB, well-formed, with a note linking the original", async (_, slug, text) => {
    const stories = await loadStories(redis, keys, await redis.zrange(keys.timeline, 0, -1));
    const link = `https://delta-post.example/news/${slug}`;
    const html = stories.find((story) => story.item.link === link)?.item.contentHtml ?? "";
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(CONTENT_MAX_BYTES);
    expect(html).toContain(text);
    expect(html.endsWith(`<p><a href="${link}">${CUT_NOTE}</a></p>`)).toBe(true);
    expect(openElements(html)).toEqual([]);
  });
});

describe("a served document stays under its size budget", () => {
  it.each(["/feed.xml", "/feed.atom", "/feed.json", "/", "/feed.xml?limit=500"])(
    "%s weighs under 2 MB and still lists stories",
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(Buffer.byteLength(body)).toBeLessThan(DOCUMENT_MAX_BYTES);
      expect(body).toContain("Gauge reading number 0");
    },
  );

  it("says on the page how many stories were left out", async () => {
    const body = await (await app.request("/?limit=100")).text();
    expect(body).toMatch(/\d+ more stories left out to keep this page under\s+2 MB/);
  });
});

/** Elements opened and never closed, in order: empty when the HTML is well-formed. */
function openElements(html: string): string[] {
  const open: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
    if (name === undefined || ["br", "img", "hr"].includes(name)) continue;
    if (closing === "") open.push(name);
    else if (open.pop() !== name) return [...open, `mismatched </${name}>`];
  }
  return open;
}
