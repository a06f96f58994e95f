import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { createQueue } from "../../src/jobs/queue.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { startWorker, type WorkerRuntime } from "../../workers/worker.ts";
import { testDeps } from "../helpers/app.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { waitFor } from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const redis = connect();
const prefix = testPrefix("fresh-start");
const keys = storeKeys(prefix);
const log = pino({ level: "silent" });
const TOKEN = "a-long-enough-admin-token";
let server: TestServer;
let worker: WorkerRuntime;
/** Paths the fixture server answers with a feed; any other path is a 404. */
const live = new Set(["/fixed.xml"]);

const config = (path: string) =>
  validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      defaultInterval: "1h",
      feeds: [{ id: "coast", url: `${server.url}${path}` }],
    },
    "test",
  );

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (!live.has(req.url ?? "")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(
      rssFeed("Coast radio", [
        {
          id: `coast${req.url}`,
          title: `Harbour reopens after the storm (${req.url})`,
          summary: "Fishing boats went out again at dawn.",
          published: new Date().toISOString(),
        },
      ]),
    );
  });
  worker = await startWorker(config("/typo.xml"), { redisUrl: REDIS_URL, prefix, log });
  await waitFor(
    async () => (await readStatus(redis, keys, "coast")).disabled,
    "the 404 to disable the feed",
    {
      timeoutMs: 60_000,
    },
  );
});

afterAll(async () => {
  await worker.close();
  await server.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("a feed that failed for good", () => {
  it("starts afresh and is polled at once when its entry changes", { timeout: 90_000 }, async () => {
    const failed = await readStatus(redis, keys, "coast");
    expect(failed).toMatchObject({ disabled: true, lastStatus: 404, consecutiveFailures: 1 });
    expect(Date.parse(failed.nextPollAt ?? "")).toBeGreaterThan(
      Date.parse(failed.lastAttemptAt ?? "") + 3_600_000,
    );

    await worker.reload(config("/fixed.xml"));
    const fixed = await waitFor(
      async () => {
        const status = await readStatus(redis, keys, "coast");
        return status.lastSuccessAt ? status : null;
      },
      "the fixed URL's poll",
      { timeoutMs: 60_000 },
    );
    expect(fixed).toMatchObject({
      disabled: false,
      lastStatus: 200,
      lastError: null,
      consecutiveFailures: 0,
    });
    expect(fixed.entry).toContain("/fixed.xml");
  });

  it("is polled by an admin's 'poll now' whatever its rest, and the answer says what came of it", {
    timeout: 90_000,
  }, async () => {
    const queueConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = createQueue(queueConnection, prefix);
    const app = (path: string) =>
      createApp(
        testDeps({ redis, keys, config: config(path), now: () => new Date(), queue, adminToken: TOKEN }),
      );
    const poll = async (path: string) => {
      const response = await app(path).request("/admin/feeds/coast/poll", {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    try {
      // The worker still runs the fixed config; the server stops serving that URL: a 404 disables the feed.
      live.clear();
      const gone = await poll("/fixed.xml");
      expect(gone).toMatchObject({ status: 200, body: { status: "failed", retrying: false } });
      expect(gone.body.error).toMatch(/404/);
      expect((await readStatus(redis, keys, "coast")).disabled).toBe(true);

      // Back again: "poll now" does not wait out the day's rest.
      live.add("/fixed.xml");
      const back = await poll("/fixed.xml");
      expect(back).toMatchObject({ status: 200, body: { status: "polled", outcome: { kind: "stored" } } });
      expect(await readStatus(redis, keys, "coast")).toMatchObject({ disabled: false, lastStatus: 200 });
    } finally {
      await queue.close();
      await queueConnection.quit();
    }
  });
});
