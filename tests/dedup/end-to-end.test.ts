import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/setup/config-schema.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { appFor } from "../helpers/app.ts";
import { atomFeed, rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { KARAKOL, OTHERS, type Report } from "./end-to-end-reports.ts";

const redis = connect();
const prefix = testPrefix("dedup-e2e");
const keys = storeKeys(prefix);
const log = pino({ level: "silent" });

const POLL_1 = new Date("2026-11-21T12:00:00Z");
const POLL_2 = new Date("2026-11-21T18:00:00Z");
let clock = POLL_1;
const now = () => clock;

const JSON_FEED_SITE = "https://delta-post.example";

function jsonFeed(title: string, language: string, reports: Report[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title,
    home_page_url: `${JSON_FEED_SITE}/`,
    language,
    items: reports.map((report) => ({
      id: `${JSON_FEED_SITE}/${report.id}`,
      url: `${JSON_FEED_SITE}/${report.id}`,
      title: report.title,
      summary: report.summary,
      content_text: report.summary,
      date_published: report.published,
      language: report.language,
    })),
  });
}

/** Four outlets in three formats; the fourth is only configured for the second poll. */
const OUTLETS = [
  {
    id: "steppe-wire",
    name: "Steppe Wire",
    path: "/steppe.rss",
    type: "application/rss+xml",
    body: rssFeed("Steppe Wire", [KARAKOL.wire, OTHERS.niamey]),
    link: (report: Report) => `https://news.example/${report.id}`,
  },
  {
    id: "caravan-daily",
    name: "Caravan Daily",
    path: "/caravan.atom",
    type: "application/atom+xml",
    body: atomFeed("Caravan Daily", [KARAKOL.wireAgain, OTHERS.talas]),
    link: (report: Report) => `https://atom.example/${report.id}`,
  },
  {
    id: "delta-post",
    name: "Delta Post",
    path: "/delta.json",
    type: "application/feed+json",
    body: jsonFeed("Delta Post", "en", [KARAKOL.rewrite, OTHERS.maiduguri, KARAKOL.german]),
    link: (report: Report) => `${JSON_FEED_SITE}/${report.id}`,
  },
  {
    id: "lakeside-radio",
    name: "Lakeside Radio",
    path: "/lakeside.rss",
    type: "application/rss+xml",
    body: rssFeed("Lakeside Radio", [KARAKOL.update]),
    link: (report: Report) => `https://news.example/${report.id}`,
  },
] as const;
const [STEPPE, CARAVAN, DELTA, LAKESIDE] = OUTLETS;

let server: TestServer;
let config: Config;

function configFor(outlets: readonly (typeof OUTLETS)[number][]): Config {
  return validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: outlets.map((outlet) => ({
        id: outlet.id,
        name: outlet.name,
        url: `${server.url}${outlet.path}`,
        language: "en",
      })),
    },
    "test",
  );
}

async function pollAll() {
  const deps = createPollDeps(config, { redis, prefix, log, now });
  const outcomes: Record<string, unknown> = {};
  // One after another, so which report came first (the story's representative) is fixed.
  for (const feed of config.feeds) outcomes[feed.id] = await pollFeed(deps, feed.id, false);
  return outcomes;
}

// A getter: the second poll adds a feed, as a SIGHUP reload would.
const app = appFor({ redis, keys, config: () => config, now });

async function fetchText(path: string): Promise<string> {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The merged feed in all three formats, each read back by an independent parser. */
async function readFeeds() {
  const jsonText = await fetchText("/feed.json");
  return {
    rss: parseRssFeed(await fetchText("/feed.xml")).items ?? [],
    atom: parseAtomFeed(await fetchText("/feed.atom")).entries ?? [],
    json: parseJsonFeed(jsonText).items ?? [],
    sitrep: (JSON.parse(jsonText) as { items: { title: string; _sitrep: { sources: JsonSource[] } }[] })
      .items,
  };
}
type Feeds = Awaited<ReturnType<typeof readFeeds>>;
interface JsonSource {
  feed_id: string;
  url: string | null;
  language: string | null;
  main: boolean;
}

const ENGLISH_KARAKOL_TITLES = [KARAKOL.wire.title, KARAKOL.rewrite.title, KARAKOL.update.title];

function only<T>(items: T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0] as T;
}

/** The English Karakol story as each format shows it; fails unless there is exactly one. */
function karakol(feeds: Feeds) {
  const pick = <T>(items: T[], title: (item: T) => string | undefined) =>
    only(
      items.filter((item) => ENGLISH_KARAKOL_TITLES.includes(title(item) ?? "")),
      "entries for the English Karakol story",
    );
  return {
    rss: pick(feeds.rss, (item) => item.title),
    atom: pick(feeds.atom, (entry) => entry.title?.value),
    json: pick(feeds.json, (item) => item.title),
    sources: pick(feeds.sitrep, (item) => item.title)._sitrep.sources,
  };
}

const feedIds = (sources: JsonSource[]) => sources.map((source) => source.feed_id).sort();

/** The other reports' links; the related link to the story's event page is not a report. */
const related = (links: { rel?: string; href?: string }[] | undefined) =>
  (links ?? [])
    .filter((link) => link.rel === "related" && !link.href?.includes("/events/"))
    .map((link) => link.href)
    .sort();

beforeAll(async () => {
  server = await startServer((req, res) => {
    const outlet = OUTLETS.find((candidate) => candidate.path === req.url);
    if (!outlet) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": outlet.type }).end(outlet.body);
  });
  config = configFor([STEPPE, CARAVAN, DELTA]);
  await pollAll();
});

afterAll(async () => {
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("three feeds reporting one story, through the worker, the store and the API", () => {
  let first: Feeds;
  beforeAll(async () => {
    first = await readFeeds();
  });

  it("shows the story once in /feed.xml, carried by the first report, with all three sources", () => {
    const story = karakol(first);
    expect(story.rss.title).toBe(KARAKOL.wire.title);
    expect(story.rss.link).toBe(STEPPE.link(KARAKOL.wire));
    expect(related(story.rss.atom?.links)).toEqual(
      [CARAVAN.link(KARAKOL.wireAgain), DELTA.link(KARAKOL.rewrite)].sort(),
    );
    expect(story.rss.description).toContain("Reported by");
    expect(story.rss.description).toContain("Also reported by:");
    for (const name of ["Steppe Wire (en)", "Caravan Daily (en)", "Delta Post (en)"]) {
      expect(story.rss.description).toContain(name);
    }
    expect(related(story.atom.links)).toEqual(related(story.rss.atom?.links));
    expect(feedIds(story.sources)).toEqual(["caravan-daily", "delta-post", "steppe-wire"]);
    expect(story.sources.find((source) => source.main)?.url).toBe(STEPPE.link(KARAKOL.wire));
  });

  it("keeps the look-alike from Talas, the German report and the unrelated news apart, once each", () => {
    const reports = [
      { report: OTHERS.niamey, outlet: STEPPE },
      { report: OTHERS.talas, outlet: CARAVAN },
      { report: OTHERS.maiduguri, outlet: DELTA },
      { report: KARAKOL.german, outlet: DELTA },
    ];
    expect(first.rss).toHaveLength(1 + reports.length);
    for (const { report, outlet } of reports) {
      const item = only(
        first.rss.filter((candidate) => candidate.title === report.title),
        report.title,
      );
      expect(item.link).toBe(outlet.link(report));
      expect(related(item.atom?.links), report.title).toEqual([]);
    }
    const german = only(
      first.json.filter((item) => item.title === KARAKOL.german.title),
      "German report",
    );
    expect(german.language).toBe("de");
    expect(karakol(first).sources.map((source) => source.language)).toEqual(["en", "en", "en"]);
  });

  it("gives the story one id in every format, which a fourth, later source does not change", async () => {
    const before = karakol(first);
    const guid = before.rss.guid?.value;
    expect(guid).toBeTruthy();
    expect(before.atom.id).toBe(guid);
    expect(before.json.id).toBe(guid);

    clock = POLL_2;
    config = configFor(OUTLETS);
    const outcomes = await pollAll();
    expect(outcomes[LAKESIDE.id]).toMatchObject({ kind: "stored", items: 1, created: 0, joined: 1 });
    // Their documents are byte for byte the ones already stored: nothing is parsed again.
    for (const outlet of [STEPPE, CARAVAN, DELTA]) {
      expect(outcomes[outlet.id], outlet.id).toEqual({ kind: "not-modified" });
    }

    const second = await readFeeds();
    const after = karakol(second);
    expect(after.rss.guid?.value).toBe(guid);
    expect(after.atom.id).toBe(guid);
    expect(after.json.id).toBe(guid);
    expect(after.rss.title).toBe(KARAKOL.wire.title);
    expect(related(after.rss.atom?.links)).toEqual(
      [CARAVAN.link(KARAKOL.wireAgain), DELTA.link(KARAKOL.rewrite), LAKESIDE.link(KARAKOL.update)].sort(),
    );
    expect(feedIds(after.sources)).toEqual(["caravan-daily", "delta-post", "lakeside-radio", "steppe-wire"]);
    expect(after.rss.description).toContain("Lakeside Radio (en)");

    expect(second.rss).toHaveLength(first.rss.length);
    expect(second.atom).toHaveLength(first.atom.length);
    expect(second.json).toHaveLength(first.json.length);
    const guids = (feeds: Feeds) => feeds.rss.map((item) => item.guid?.value).sort();
    expect(guids(second)).toEqual(guids(first));
  });
});
