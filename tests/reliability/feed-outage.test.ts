import { createServer, type Server } from "node:http";
import { UnrecoverableError } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { type PollOutcome, pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { appFor } from "../helpers/app.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { freePort } from "../helpers/processes.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";

const MINUTE = 60_000;
const INTERVAL = 5 * MINUTE;
// BullMQ's retries of one failed poll (POLL_JOB_OPTIONS: three attempts, 30 s exponential backoff).
const RETRIES_AFTER = [30_000, 60_000];
const T0 = Date.parse("2026-11-21T06:00:00Z");
const prefix = testPrefix("outage");
const keys = storeKeys(prefix);
const redis = connect();
const log = pino({ level: "silent" });

const before = [
  {
    id: "roads",
    title: "Snow closes the mountain pass for the second time this week",
    summary: "Police turned back lorries at the foot of the climb.",
    published: new Date(T0 - 10 * MINUTE).toISOString(),
  },
];
const during = {
  id: "shelter",
  title: "Emergency shelters open in three towns as temperatures fall",
  summary: "Volunteers handed out blankets and hot meals through the night.",
  published: new Date(T0 + 30 * MINUTE).toISOString(),
};

let port: number;
let server: Server;
let up = false;
let requests = 0;
let entries = before;

async function serve(on: boolean): Promise<void> {
  if (on === up) return;
  up = on;
  if (on) await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  else {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

beforeAll(async () => {
  port = await freePort();
  server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed("Highland radio", entries));
  });
  await serve(true);
});

afterAll(async () => {
  await serve(false);
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("a feed server that is down for an hour", () => {
  it("backs off further with each failure, shows as failing, and recovers on its own", async () => {
    let clock = T0;
    const now = () => new Date(clock);
    const config = validateConfig(
      {
        allowPrivateHosts: ["127.0.0.1"],
        feeds: [{ id: "highland", url: `http://127.0.0.1:${port}/rss`, interval: "5m" }],
      },
      "test",
    );
    const deps = createPollDeps(config, { redis, prefix, log, now });
    const app = appFor({ redis, keys, config, now, publicUrl: null });

    let attempts = 0;
    /** One scheduled poll at the current clock, with BullMQ's retries when it fails transiently. */
    async function tick(): Promise<PollOutcome | Error> {
      const start = clock;
      for (const retryAfter of [0, ...RETRIES_AFTER]) {
        clock += retryAfter;
        try {
          const outcome = await pollFeed(deps, "highland", retryAfter > 0);
          if (outcome.kind !== "skipped") attempts += 1;
          clock = start;
          return outcome;
        } catch (error) {
          attempts += 1;
          if (error instanceof UnrecoverableError) throw error;
          if (retryAfter === RETRIES_AFTER.at(-1)) {
            clock = start;
            return error as Error;
          }
        }
      }
      throw new Error("unreachable");
    }

    expect(await tick()).toMatchObject({ kind: "stored", created: 1 });
    await serve(false);
    const rests: number[] = [];
    const outageRequests = requests;
    attempts = 0;
    for (clock = T0 + INTERVAL; clock < T0 + 60 * MINUTE; clock += INTERVAL) {
      const outcome = await tick();
      if (outcome instanceof Error) {
        expect(outcome.message).toMatch(/ECONNREFUSED/);
        const status = await readStatus(redis, keys, "highland");
        rests.push(Date.parse(status.notBefore ?? "") - Date.parse(status.lastAttemptAt ?? ""));
      }
    }
    expect(requests).toBe(outageRequests);
    // Doubling per failure, less up to a quarter of jitter: every rest is longer than the one before.
    expect(rests.length).toBeGreaterThanOrEqual(2);
    for (const [n, rest] of rests.entries()) {
      expect(rest).toBeGreaterThan(n === 0 ? 0.75 * INTERVAL : (rests[n - 1] ?? 0));
    }
    // Eleven ticks of three attempts would be 33 without backoff; doubling rests (less at most a
    // quarter of jitter) leave room for four or five ticks in the hour.
    const outageAttempts = attempts;
    expect(outageAttempts).toBeGreaterThanOrEqual(12);
    expect(outageAttempts).toBeLessThanOrEqual(15);

    const [row] = (await (await app.request("/api/feeds")).json()) as Record<string, unknown>[];
    expect(row).toMatchObject({ lastStatus: null, disabled: false, itemCount: 1 });
    expect(row?.consecutiveFailures).toBeGreaterThanOrEqual(3);
    expect(row?.lastError).toMatch(/ECONNREFUSED/);

    entries = [...before, during];
    await serve(true);
    const returned = clock;
    let recovered: PollOutcome | Error | null = null;
    for (; clock < returned + 7 * 3_600_000; clock += INTERVAL) {
      const outcome = await tick();
      if (!(outcome instanceof Error) && outcome.kind !== "skipped") {
        recovered = outcome;
        break;
      }
    }
    console.info(
      `outage: ${outageAttempts} failed attempts in the hour, rests ${rests.map((ms) => Math.round(ms / MINUTE))} min; ` +
        `recovered ${Math.round((clock - returned) / MINUTE)} min after the server returned`,
    );
    expect(recovered).toMatchObject({ kind: "stored", created: 1, unchanged: 1 });
    // Back no later than the last backoff said, counted from the last failure, which was before the return.
    expect(clock - returned).toBeLessThanOrEqual((rests.at(-1) ?? 0) + INTERVAL);
    const [healed] = (await (await app.request("/api/feeds")).json()) as Record<string, unknown>[];
    expect(healed).toMatchObject({ lastError: null, consecutiveFailures: 0, lastStatus: 200, itemCount: 2 });
    expect(await redis.zcard(keys.index("feed", "highland"))).toBe(2);
  });
});
