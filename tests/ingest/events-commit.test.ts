import { describe, expect, it } from "vitest";
import { storeKeys } from "../../src/store/keys.ts";
import { loadStories } from "../../src/store/stories.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import { type EventReport, LEEDS, T0 } from "../dedup/event-reports.ts";
import { ingestFeed } from "../helpers/ingest.ts";
import { connect, freshPrefixes } from "../helpers/redis.ts";

const tag = createTagger(TaggingSchema.parse({}));
const { redis, next } = freshPrefixes("events-commit");

function rss(feed: string, report: EventReport): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${feed}</title>
<item><title>${report.title}</title><link>https://${feed}.example/${report.id}</link>
<guid isPermaLink="false">${report.id}</guid>
<pubDate>${new Date(T0 + report.hours * 3_600_000).toUTCString()}</pubDate>
<description>${report.summary}</description></item></channel></rss>`;
}

describe("events in the feed commit", () => {
  it("files two workers' stories of one attack under one event, saved with each feed", async () => {
    const prefix = next();
    const keys = storeKeys(prefix);
    const [first, second] = LEEDS as [EventReport, EventReport];
    const now = new Date(T0 + 7 * 3_600_000);
    // Each call is a worker of its own: a fresh index that knows the first only from the log.
    await ingestFeed(
      redis,
      prefix,
      { id: "north", url: "https://north.example/rss" },
      rss("north", first),
      tag,
      now,
    );
    const other = connect();
    try {
      const feed = { id: "south", url: "https://south.example/rss" };
      await ingestFeed(other, prefix, feed, rss("south", second), tag, now);
    } finally {
      other.disconnect();
    }
    const stories = await loadStories(redis, keys, await redis.zrange(keys.timeline, 0, -1));
    expect(stories).toHaveLength(2);
    const events = stories.map((story) => story.event);
    expect(events[0]).toEqual(events[1]);
    expect(events[0]).toMatchObject({ title: first.title, developments: 2, outlets: 2 });
    expect(await redis.keys(`${prefix}:dedup:*`)).toEqual([`${prefix}:dedup:log`]);
  });
});
