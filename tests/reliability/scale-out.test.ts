import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueKeys } from "../../src/jobs/due-feeds.ts";
import { type FixtureEntry, rssFeed } from "../helpers/feeds.ts";
import {
  processPrefix,
  type SitrepProcess,
  spawnSitrep,
  tempDir,
  waitFor,
  writeConfig,
} from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const prefix = processPrefix("scale");
const redis = connect();
const dir = tempDir("scale");
const FEEDS = ["north", "south", "east", "west", "coast", "hills"];
// The first three outlets all carry the same wire story, so two workers race to file it.
const SHARED = ["north", "south", "east"];
const at = new Date(Date.now() - 1_800_000).toISOString();
const shared = (feed: string): FixtureEntry => ({
  id: `${feed}-truce`,
  title: "Both sides agree to a three-day truce to let aid convoys into the besieged city",
  summary: "Mediators said the pause would begin at dawn and cover the two main access roads.",
  published: at,
});
const TOPICS = [
  "Teachers march on the ministry over unpaid wages",
  "Locust swarms reach the eastern farmland",
  "Hospital generators run low on diesel as the blockade continues",
  "Opposition newspaper offices raided by police overnight",
  "Mudslide buries a section of the mountain highway",
  "Mobile internet cut in three provinces ahead of the vote",
];
const own = (feed: string, n: number): FixtureEntry => ({
  id: `${feed}-own`,
  title: TOPICS[n] ?? feed,
  summary: `Our correspondent in the ${feed} reports on the day's events.`,
  published: at,
});

const hits = new Map<string, number>();
let server: TestServer;
const processes: SitrepProcess[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const feed = (req.url ?? "").replace(/^\/|\.xml$/g, "");
    hits.set(feed, (hits.get(feed) ?? 0) + 1);
    const entries = [own(feed, FEEDS.indexOf(feed)), ...(SHARED.includes(feed) ? [shared(feed)] : [])];
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(feed, entries));
  });
  const configPath = writeConfig(`${dir.path}/config.json`, {
    allowPrivateHosts: ["127.0.0.1"],
    fetch: { perHostConcurrency: 8 },
    feeds: FEEDS.map((id) => ({ id, url: `${server.url}/${id}.xml`, interval: "1h" })),
  });
  const options = { configPath, redisUrl: REDIS_URL, prefix };
  processes.push(
    ...(await Promise.all([
      spawnSitrep("worker", options),
      spawnSitrep("worker", options),
      spawnSitrep("api", options),
      spawnSitrep("api", options),
    ])),
  );
}, 180_000);

afterAll(async () => {
  await Promise.all(processes.map((child) => child.stop()));
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

interface JsonFeed {
  items: { id: string; title: string; _sitrep: { sources: { feed_id: string }[] } }[];
}

describe("two workers and two APIs on one Redis", () => {
  it("poll every feed once, file the shared story once, and serve the same feed", async () => {
    const [, , first, second] = processes;
    const feedOf = async (api: SitrepProcess | undefined) =>
      (await (await fetch(`${api?.url}/feed.json?limit=100`)).json()) as JsonFeed;
    await waitFor(
      async () => (await feedOf(first)).items.length === FEEDS.length + 1,
      "every feed's stories to be stored",
      { timeoutMs: 30_000 },
    );
    // Long enough for a second worker's duplicate poll, had it scheduled one, to arrive.
    await sleep(3000);
    expect(Object.fromEntries(hits)).toEqual(Object.fromEntries(FEEDS.map((feed) => [feed, 1])));

    const next = await redis.zrange(dueKeys(prefix).due, Date.now(), "+inf", "BYSCORE");
    expect(next.sort(), "one next poll per feed, none due again yet").toEqual([...FEEDS].sort());

    const [one, two] = await Promise.all([feedOf(first), feedOf(second)]);
    expect(one.items.map((item) => item.id)).toEqual(two.items.map((item) => item.id));
    expect(new Set(one.items.map((item) => item.title)).size).toBe(one.items.length);
    const truce = one.items.filter((item) => item.title.includes("three-day truce"));
    expect(truce).toHaveLength(1);
    expect(truce[0]?._sitrep.sources.map((source) => source.feed_id).sort()).toEqual([...SHARED].sort());
  });
});
