import { createServer } from "node:net";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { createQueue, POLL_JOB } from "../../src/jobs/queue.ts";
import { recordPoll, recordPollFailure } from "../../src/metrics/counters.ts";
import { FeedParseError } from "../../src/parse/feed-parse-error.ts";
import { connectRedis } from "../../src/store/redis.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { createTestApi, SEEDS, saveSeed } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-ops");
const queueConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const queue = createQueue(queueConnection, prefix);
const TOKEN = "correct-horse-battery-staple";
const open = createTestApi(redis, prefix, { queue });
// No worker runs here: "poll now" answers at once that the poll is queued.
const admin = createTestApi(redis, prefix, { queue, adminToken: TOKEN, pollNowWaitMs: 0 });

beforeAll(async () => {
  for (const seed of SEEDS) await saveSeed(redis, open.keys, seed);
});
afterAll(async () => {
  await queue.close();
  await queueConnection.quit();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** A loopback port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const basic = (password: string, user = "admin") =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("health probes", () => {
  it("/healthz says the process is alive; /readyz checks Redis and the queue", async () => {
    const health = await open.app.request("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers.get("cache-control")).toBe("no-store");
    const ready = await open.app.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", redis: true, queue: true, network: "unknown" });
  });

  it("/readyz answers 503 at once when Redis is unreachable, and /healthz still 200", {
    timeout: 5000,
  }, async () => {
    const port = await closedPort();
    const down = connectRedis(`redis://127.0.0.1:${port}`);
    down.on("error", () => {});
    try {
      const app = createApp({ ...open.deps, redis: down, queueReady: async () => false });
      const ready = await app.request("/readyz");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: "not ready",
        redis: false,
        queue: false,
        network: "unknown",
      });
      expect((await app.request("/healthz")).status).toBe(200);
      expect((await app.request("/metrics")).status).toBe(503);
    } finally {
      down.disconnect();
    }
  });

  it("/readyz answers 503 when only the queue is unreachable", async () => {
    const app = createApp({ ...open.deps, queueReady: () => new Promise(() => {}) });
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ redis: true, queue: false });
  });
});

describe("/metrics", () => {
  it("exposes the worker's counters from Redis, the stories, the queue depth and request latency", async () => {
    const joiners = SEEDS.reduce((sum, seed) => sum + (seed.joiners?.length ?? 0), 0);
    expect(joiners).toBeGreaterThan(0);
    await recordPoll(redis, open.keys, { kind: "stored" });
    await recordPoll(redis, open.keys, { kind: "stored" });
    await recordPoll(redis, open.keys, { kind: "not-modified" });
    await recordPollFailure(redis, open.keys, new FetchError("timeout", "no complete response"));
    await recordPollFailure(redis, open.keys, new FeedParseError("not a feed"));
    await queue.add(POLL_JOB, { feedId: "steppe-wire" }, { delay: 60_000 });
    await open.app.request("/feed.xml");
    await open.app.request("/no-such-page");

    const response = await open.app.request("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    for (const line of [
      'sitrep_polls_total{outcome="stored"} 2',
      'sitrep_polls_total{outcome="not-modified"} 1',
      'sitrep_polls_total{outcome="failed"} 2',
      'sitrep_poll_errors_total{reason="timeout"} 1',
      'sitrep_poll_errors_total{reason="parse"} 1',
      'sitrep_poll_errors_total{reason="http"} 0',
      // The seeds, counted by the store as they were saved.
      `sitrep_items_ingested_total ${SEEDS.length + joiners}`,
      `sitrep_dedup_merges_total ${joiners}`,
      `sitrep_stories ${SEEDS.length}`,
      'sitrep_queue_jobs{state="delayed"} 1',
      'sitrep_queue_jobs{state="waiting"} 0',
    ]) {
      expect(text.split("\n")).toContain(line);
    }
    expect(text).toContain("# TYPE sitrep_polls_total counter");
    expect(text).toContain("# TYPE sitrep_http_request_duration_seconds histogram");
    expect(text).toMatch(
      /sitrep_http_request_duration_seconds_count\{method="GET",route="\/feed\.xml",status="200"\} 1\n/,
    );
    expect(text).toMatch(
      /sitrep_http_request_duration_seconds_count\{method="GET",route="\(unmatched\)",status="404"\} 1\n/,
    );
  });

  it("logs one line per request at debug level", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const app = createApp({ ...open.deps, log: pino({ level: "debug" }, sink) });
    await app.request("/views/kz-unrest.json");
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 20,
        msg: "request",
        method: "GET",
        path: "/views/kz-unrest.json",
        route: "/views/:file",
        status: 200,
        ms: expect.any(Number),
      }),
    );
  });
});

describe("admin routes", () => {
  it("do not exist without a token", async () => {
    expect((await open.app.request("/admin")).status).toBe(404);
    expect((await open.app.request("/admin/feeds/steppe-wire/poll", { method: "POST" })).status).toBe(404);
  });

  it("answer 401 with a Basic challenge to a missing or wrong token", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong-token",
      basic("wrong"),
      `Bearer ${TOKEN}x`,
      "Token abc",
    ]) {
      const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
      const response = await admin.app.request("/admin/feeds/steppe-wire/poll", { method: "POST", headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Basic realm="sitrep admin", charset="UTF-8"');
    }
    expect((await admin.app.request("/admin", { headers: { Authorization: basic("nope") } })).status).toBe(
      401,
    );
  });

  it("queue a poll now with the Bearer token, once however often it is asked, and say so when no worker runs it", async () => {
    const headers = { Authorization: `Bearer ${TOKEN}` };
    const first = await admin.app.request("/admin/feeds/nile-radio/poll", { method: "POST", headers });
    expect(first.status).toBe(202);
    const body = (await first.json()) as { jobId: string; feedId: string };
    expect(body.feedId).toBe("nile-radio");
    const job = await queue.getJob(body.jobId);
    expect(job?.name).toBe(POLL_JOB);
    expect(job?.data).toEqual({ feedId: "nile-radio", now: true });
    expect(body).toMatchObject({ status: "queued", message: expect.stringContaining("/api/feeds") });
    const again = (await (
      await admin.app.request("/admin/feeds/nile-radio/poll", { method: "POST", headers })
    ).json()) as { jobId: string };
    expect(again.jobId).toBe(body.jobId);
    const unknown = await admin.app.request("/admin/feeds/bbc/poll", { method: "POST", headers });
    expect(unknown.status).toBe(404);
  });

  it("serve the queue dashboard to a browser with the token as the Basic password", async () => {
    const headers = { Authorization: basic(TOKEN) };
    for (const path of ["/admin", "/admin/", "/admin/queue/polls"]) {
      const page = await admin.app.request(path, { headers });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    }
    // The UI's scripts, relative to <base href="/admin/">, come from the same mount.
    const html = await (await admin.app.request("/admin/", { headers })).text();
    const script = /<script[^>]+src="(static\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await admin.app.request(`/admin/${script}`, { headers });
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    const queues = await admin.app.request("/admin/api/queues", { headers });
    expect(queues.status).toBe(200);
    const listed = (await queues.json()) as { queues: { name: string }[] };
    expect(listed.queues.map((entry) => entry.name)).toContain("polls");
  });

  it("refuse a state change sent with Basic credentials from another site's form", async () => {
    const form = { Authorization: basic(TOKEN), "Content-Type": "application/x-www-form-urlencoded" };
    const forged = await admin.app.request("/admin/feeds/delta-post/poll", {
      method: "POST",
      headers: { ...form, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    });
    expect(forged.status).toBe(403);
    const own = await admin.app.request("/admin/feeds/delta-post/poll", {
      method: "POST",
      headers: { ...form, Origin: "https://sitrep.example" },
    });
    expect(own.status).toBe(202);
  });
});
