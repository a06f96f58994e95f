import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueKeys } from "../../src/jobs/due-feeds.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { rssFeed } from "../helpers/feeds.ts";
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

const prefix = processPrefix("kill");
const keys = storeKeys(prefix);
const redis = connect();
const dir = tempDir("kill");
const held: ServerResponse[] = [];
let requests = 0;
let server: TestServer;
const workers: SitrepProcess[] = [];

const entries = [
  {
    id: "mine",
    title: "Rescuers reach miners trapped after a shaft collapse in the east",
    summary: "Eleven workers were brought to the surface overnight; two are in hospital.",
  },
  {
    id: "bridge",
    title: "River crossing closed after cracks appear in the old road bridge",
    summary: "Engineers will inspect the piers before any traffic is allowed back.",
  },
  {
    id: "clinic",
    title: "Mobile clinics start cholera vaccinations in the camps",
    summary: "Health workers aim to reach forty thousand people within two weeks.",
  },
].map((entry) => ({ ...entry, published: new Date(Date.now() - 3_600_000).toISOString() }));

beforeAll(async () => {
  // The first request is held open, so the worker that sent it is killed with the feed in hand.
  server = await startServer((_req, res) => {
    requests += 1;
    if (requests === 1) held.push(res);
    else res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed("Desk", entries));
  });
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

describe("a worker killed in the middle of a poll", () => {
  it("has its leased feed polled by another worker once the lease runs out, the items stored once", async () => {
    const configPath = writeConfig(`${dir.path}/config.json`, {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [{ id: "desk", url: `${server.url}/desk.xml`, interval: "1h" }],
    });
    const options = {
      configPath,
      redisUrl: REDIS_URL,
      prefix,
      entry: "tests/reliability/short-lock-worker.ts",
    };
    const first = await spawnSitrep("worker", options);
    workers.push(first);
    await waitFor(() => held.length === 1, "the first worker's request to arrive");
    const { due } = dueKeys(prefix);
    const leasedUntil = Number(await redis.zscore(due, "desk"));
    first.signal("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    // Leased, not settled: the killed worker's claim holds the feed for the two-second lease only.
    expect(await readStatus(redis, keys, "desk")).toMatchObject({ lastAttemptAt: null });

    workers.push(await spawnSitrep("worker", options));
    const status = await waitFor(
      async () => {
        const now = await readStatus(redis, keys, "desk");
        return now.itemsStored > 0 && now;
      },
      "the killed worker's feed to be polled by the second worker",
      // Its first poll waits for its processing thread, which takes tens of seconds on a busy machine.
      { timeoutMs: 90_000 },
    );
    expect(status).toMatchObject({ itemsStored: 3, consecutiveFailures: 0 });
    expect(await redis.zcard(keys.timeline)).toBe(3);
    expect(await redis.zcard(keys.index("feed", "desk"))).toBe(3);
    // The killed attempt and the recovered one: polled again, not scheduled twice.
    expect(requests).toBe(2);
    // The next tick is an interval after the second claim, which came after the lease ran out.
    await waitFor(
      async () => Number(await redis.zscore(due, "desk")) > leasedUntil + 1_800_000,
      "the next due time to be written",
    );
  }, 240_000);
});
