import { parseJsonFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveReport } from "../../src/store/stories.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";
import { createTestApi, NOW } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-events");
const { app, keys } = createTestApi(redis, prefix);
const RETENTION_MS = 90 * 86_400_000;

/** Three developments of one invented flood (two outlets), and an unrelated story. */
const REPORTS = [
  {
    id: "flood-1",
    feedId: "steppe-wire",
    at: "2026-03-09T08:00:00Z",
    title: "River bursts its banks in Aktobe",
  },
  {
    id: "flood-1b",
    feedId: "delta-post",
    at: "2026-03-09T08:30:00Z",
    title: "Aktobe river floods",
    story: "flood-1",
  },
  {
    id: "flood-2",
    feedId: "steppe-wire",
    at: "2026-03-09T14:00:00Z",
    title: "Aktobe evacuates 2,000 people",
  },
  {
    id: "flood-3",
    feedId: "delta-post",
    at: "2026-03-10T06:00:00Z",
    title: "Aktobe flood: water starts to fall",
  },
  { id: "budget", feedId: "steppe-wire", at: "2026-03-10T07:00:00Z", title: "Parliament passes the budget" },
];

beforeAll(async () => {
  for (const report of REPORTS) {
    const item = makeItem(report.id, {
      feedId: report.feedId,
      title: report.title,
      summary: `${report.title}.`,
      published: report.at,
      link: `https://${report.feedId}.example/${report.id}`,
    });
    const storyId = report.story ?? report.id;
    const eventId = report.id === "budget" ? "budget" : "flood-1";
    await saveReport(
      redis,
      keys,
      { ...makeReport(item, { crises: report.id === "budget" ? [] : ["flood"] }, storyId), eventId },
      NOW,
      RETENTION_MS,
    );
  }
});
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("events", () => {
  it("each entry carries its event: _sitrep.event, a category, a related link and a Part of line", async () => {
    const json = (await (await app.request("/feed.json")).json()) as {
      items: {
        id: string;
        title: string;
        content_html: string;
        _sitrep: { event: Record<string, unknown> | null };
      }[];
    };
    const flood = json.items.find((item) => item.title === "Aktobe flood: water starts to fall");
    expect(flood?._sitrep.event).toEqual({
      id: "flood-1",
      title: "River bursts its banks in Aktobe",
      url: "https://sitrep.example/events/flood-1",
      developments: 3,
      outlets: 2,
      firstSeen: NOW.toISOString(),
      lastSeen: NOW.toISOString(),
    });
    expect(flood?.content_html).toContain(
      'Part of: <a href="https://sitrep.example/events/flood-1">River bursts its banks in Aktobe</a> — 3 developments, 2 outlets',
    );
    const rss = await (await app.request("/feed.xml")).text();
    expect(rss).toContain('<category domain="https://sitrep.dev/vocab/event">flood-1</category>');
    const atom = await (await app.request("/feed.atom")).text();
    expect(atom).toContain(
      'href="https://sitrep.example/events/flood-1" title="Part of: River bursts its banks in Aktobe"',
    );
  });

  it("group=event serves one entry per event listing its developments newest first", async () => {
    const feed = parseJsonFeed(await (await app.request("/feed.json?group=event")).text());
    expect(feed.items?.map((item) => item.title)).toEqual([
      "Parliament passes the budget",
      "River bursts its banks in Aktobe",
    ]);
    const flood = feed.items?.[1];
    expect(flood?.url).toBe("https://sitrep.example/events/flood-1");
    const html = flood?.content_html ?? "";
    expect(html.indexOf("water starts to fall")).toBeLessThan(html.indexOf("evacuates"));
    expect(html.indexOf("evacuates")).toBeLessThan(html.indexOf("bursts its banks"));
  });

  it("/events/<id>.json follows one event; /events/<id> is its page; unknown ids answer 404", async () => {
    const feed = parseJsonFeed(await (await app.request("/events/flood-1.json")).text());
    expect(feed.title).toBe("sitrep event: River bursts its banks in Aktobe");
    expect(feed.items?.map((item) => item.title)).toEqual([
      "Aktobe flood: water starts to fall",
      "Aktobe evacuates 2,000 people",
      "River bursts its banks in Aktobe",
    ]);
    const page = await app.request("/events/flood-1");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Aktobe evacuates 2,000 people");
    expect((await app.request("/events/nothing.xml")).status).toBe(404);
  });

  it("/api/events lists the events of the stories the filters find", async () => {
    const all = (await (await app.request("/api/events")).json()) as { events: { id: string }[] };
    expect(all.events.map((event) => event.id).sort()).toEqual(["budget", "flood-1"]);
    const floods = (await (await app.request("/api/events?crisis=flood")).json()) as {
      events: { id: string; developments: number }[];
    };
    expect(floods.events).toEqual([expect.objectContaining({ id: "flood-1", developments: 3 })]);
  });
});
