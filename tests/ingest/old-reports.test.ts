import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateConfig } from "../../src/setup/load-config.ts";
import { pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { type FixtureEntry, rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const redis = connect();
const prefix = testPrefix("old-reports");
const now = () => new Date("2026-11-21T12:00:00Z");

// Ten days before the poll: well past the three-day dedup window, well inside retention.
const archive = (outlet: string): FixtureEntry[] => [
  {
    id: `${outlet}-dam`,
    title: "Dam gives way above the river town of Marnovo after a week of rain",
    summary:
      "Water reached the old market within an hour; rescuers moved families to the school on the hill.",
    published: "2026-11-11T06:00:00Z",
  },
  {
    id: `${outlet}-ferry`,
    title: "Ferry with two hundred passengers runs aground off the Pelkan islands",
    summary:
      "Coast guard boats took everyone ashore by nightfall and nobody was hurt, the port authority said.",
    published: "2026-11-11T09:30:00Z",
  },
];

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const outlet = req.url?.slice(1, -4) ?? "";
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(outlet, archive(outlet)));
  });
});

afterAll(async () => {
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("reports older than the dedup window", () => {
  it("old reports that arrive together still merge", async () => {
    const config = validateConfig(
      {
        allowPrivateHosts: ["127.0.0.1"],
        dedupWindow: "3d",
        feeds: ["north", "south"].map((id) => ({ id, url: `${server.url}/${id}.xml`, interval: "1m" })),
      },
      "test",
    );
    const deps = createPollDeps(config, { redis, prefix, log: pino({ level: "silent" }), now });
    // Two feeds added at the same time: their archives come in one after the other.
    expect(await pollFeed(deps, "north", false)).toMatchObject({ kind: "stored", created: 2, joined: 0 });
    expect(await pollFeed(deps, "south", false)).toMatchObject({ kind: "stored", created: 0, joined: 2 });
  });
});
