import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStories } from "../../src/store/stories.ts";
import { createTestApi, NOW } from "../api/harness.ts";
import { ingestFeed } from "../helpers/ingest.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeTags } from "../helpers/stories.ts";

const redis = connect();
const prefix = testPrefix("stored-content");
const { app, keys } = createTestApi(redis, prefix);

/** A feed whose item carries every trick a sanitizer must stop, and a correction it must keep. */
const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Delta Post</title><link>https://delta-post.example/</link>
<item>
  <title>Death toll in the delta revised upwards</title>
  <link>https://delta-post.example/news/toll</link>
  <guid>https://delta-post.example/news/toll</guid>
  <pubDate>Tue, 10 Mar 2026 09:00:00 GMT</pubDate>
  <description>Officials revised the count.</description>
  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[
    <p onclick="steal()" style="color:red">Toll <del>12</del> <ins>15</ins></p>
    <script>alert(1)</script><iframe src="https://evil.example/"></iframe>
    <a href="javascript:alert(2)" onmouseover="alert(3)">map</a><img src="x.png" onerror="alert(4)">
    <blockquote cite="https://delta-post.example/statement">We fear more.</blockquote>
  ]]></content:encoded>
</item></channel></rss>`;

const UNSAFE = /<script|<iframe|\son\w+\s*=|javascript:|style=/i;

beforeAll(async () => {
  await ingestFeed(
    redis,
    prefix,
    { id: "delta-post", url: "https://delta-post.example/feed" },
    FEED,
    () => makeTags({ crises: ["flood"] }),
    NOW,
  );
});

afterAll(async () => {
  await dropPrefix(redis, prefix);
  redis.disconnect();
});

describe("content is sanitised once, at ingest, with the one policy", () => {
  it("stores nothing unsafe: no script, frame, event handler, style or javascript: URL", async () => {
    const [story] = await loadStories(redis, keys, await storyIds());
    const html = story?.item.contentHtml ?? "";
    expect(html).toContain("Toll");
    expect(html).not.toMatch(UNSAFE);
    expect(html).toContain("<del>12</del> <ins>15</ins>");
    expect(html).toContain('<blockquote cite="https://delta-post.example/statement">');
    expect(html).toContain('<img src="https://delta-post.example/x.png" />');
  });

  it("serves the correction, del and ins, in RSS, Atom, JSON Feed and the stories API", async () => {
    const bodies = {
      rss: parseRssFeed(await text("/feed.xml")).items?.[0]?.description,
      atom: parseAtomFeed(await text("/feed.atom")).entries?.[0]?.content?.value,
      json: parseJsonFeed(await text("/feed.json")).items?.[0]?.content_html,
      api: (JSON.parse(await text(`/api/stories/${(await storyIds())[0]}`)) as { contentHtml: string })
        .contentHtml,
    };
    for (const [format, html] of Object.entries(bodies)) {
      expect({ format, html: html ?? "" }).toMatchObject({
        format,
        html: expect.stringContaining("<del>12</del> <ins>15</ins>"),
      });
      expect(html).not.toMatch(UNSAFE);
    }
  });
});

async function storyIds(): Promise<string[]> {
  return redis.zrange(keys.timeline, 0, -1);
}

async function text(path: string): Promise<string> {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return response.text();
}
