import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { startApi } from "../src/api/server.ts";
import type { Item } from "../src/model/item.ts";
import { CRISES } from "../src/model/tags.ts";
import { ConfigSchema } from "../src/setup/config-schema.ts";
import { storeKeys } from "../src/store/keys.ts";
import { connectRedis } from "../src/store/redis.ts";
import { type StoryReport, saveReport } from "../src/store/stories.ts";
import { dropPrefix, REDIS_URL } from "../tests/helpers/redis.ts";

const STORIES = 100_000;
const FEEDS = 200;
const DAY_MS = 86_400_000;
const SECONDS = 10;
const CONNECTIONS = 50;
// A skewed spread, as real coverage is: the first countries get most of the stories.
const COUNTRIES = ["UA", "SD", "KZ", "BD", "PE", "SY", "ML", "MM", "HT", "ET", "CD", "AF", "YE", "VE", "NG"];
const PLACES = ["the capital", "the border", "the north", "the delta", "the coast", "the valley"];
const EVENTS = ["protest", "flooding", "shelling", "arrests", "evacuation", "aid convoy", "strike", "outage"];
/** One title in fifty names a pipeline: what the `q` route searches for. */
const SEARCHED = "pipeline";

function report(index: number, now: Date): StoryReport {
  const spread = ((index * 7919) % 1000) / 1000;
  const country = COUNTRIES[Math.floor(spread ** 2 * COUNTRIES.length)] ?? "UA";
  const crisis = CRISES[index % CRISES.length] ?? "unrest";
  const words = `${EVENTS[index % EVENTS.length]} near ${PLACES[index % PLACES.length]}`;
  const title = `Report ${index}: ${words}${index % 50 === 0 ? ` after ${SEARCHED} blast` : ""}`;
  const published = new Date(now.getTime() - (index / STORIES) * 30 * DAY_MS).toISOString();
  const feedId = `feed-${index % FEEDS}`;
  const link = `https://outlet-${index % FEEDS}.example/${index}`;
  const item: Item = {
    id: `item-${index}`,
    guid: link,
    feedId,
    title,
    link,
    canonicalUrl: link,
    published,
    updated: null,
    author: null,
    summary: `Residents describe the ${words}; officials gave no figures by evening.`,
    contentHtml: `<p>Residents describe the ${words}; officials gave no figures by evening.</p>`,
    categories: [],
    language: "en",
  };
  const source = {
    itemId: item.id,
    feedId,
    feedName: `Outlet ${index % FEEDS}`,
    title,
    link,
    language: "en",
    published,
  };
  const tags = {
    language: "en",
    countries: [country],
    regions: [],
    crises: [crisis],
    custom: [],
    evidence: [],
  };
  return { storyId: `story-${index}`, isNew: true, item, source, tags };
}

/** Saves the stories through the store's own script, 256 in flight on an auto-pipelining client. */
async function seed(redis: Redis, prefix: string, now: Date): Promise<number> {
  const keys = storeKeys(prefix);
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < STORIES; index = next++) {
      await saveReport(redis, keys, report(index, now), now, 30 * DAY_MS);
    }
  };
  await Promise.all(Array.from({ length: 256 }, lane));
  return (performance.now() - started) / 1000;
}

async function load(url: string): Promise<{ rps: number; p99: number; failures: number }> {
  // Warm the rendering cache first: the figure is for a feed readers keep polling.
  await (await fetch(url)).arrayBuffer();
  // In a worker thread, so the load generator does not share the event loop with the server.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, workers: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, failures: result.non2xx + result.errors };
}

/**
 * A bare Hono app on the same server adapter, answering each path with the bytes (and the
 * content type) sitrep answered it with: what serving costs without sitrep's middleware.
 */
async function startBare(
  base: string,
  paths: string[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  for (const path of paths) {
    const response = await fetch(`${base}${path}`);
    const body = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get("content-type") ?? "application/octet-stream";
    app.get(new URL(path, base).pathname, (c) => c.body(body, 200, { "content-type": type }));
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The paths measured side by side with the bare app: the cheapest route and a cached filtered feed. */
const BARE_COMPARED: [string, string][] = [
  ["healthz", "/healthz"],
  ["feed KZ+unrest", "/feed.xml?country=KZ&crisis=unrest"],
];

/**
 * Issue 5: throughput and p99 of the feeds against /healthz, over 100k stored stories.
 * Issue 15: /healthz and a cached filtered feed against a bare Hono app serving the same bytes.
 */
export async function benchServe(): Promise<Record<string, number | string>> {
  const prefix = `sitrep-bench-serve:${randomUUID().slice(0, 8)}`;
  const now = new Date();
  const redis = connectRedis(REDIS_URL);
  const config = ConfigSchema.parse({
    feeds: Array.from({ length: FEEDS }, (_, index) => ({
      id: `feed-${index}`,
      url: `https://outlet-${index}.example/rss`,
    })),
  });
  try {
    const seedSeconds = await seed(redis, prefix, now);
    const api = await startApi(config, {
      redisUrl: REDIS_URL,
      prefix,
      host: "127.0.0.1",
      port: 0,
      publicUrl: null,
      log: pino({ level: "silent" }),
    });
    try {
      const base = `http://127.0.0.1:${api.port}`;
      const routes: [string, string][] = [
        ["healthz", "/healthz"],
        ["feed", "/feed.xml"],
        ["feed KZ+unrest", "/feed.xml?country=KZ&crisis=unrest"],
        [`feed q=${SEARCHED}`, `/feed.xml?q=${SEARCHED}`],
      ];
      const figures: Record<string, number | string> = {
        stories: STORIES,
        "seed stories/s": Math.round(STORIES / seedSeconds),
      };
      let healthz = { rps: Number.NaN, p99: Number.NaN };
      for (const [name, path] of routes) {
        const result = await load(`${base}${path}`);
        if (name === "healthz") healthz = result;
        figures[`${name} req/s`] = Math.round(result.rps);
        figures[`${name} p99 ms`] = result.p99;
        if (name !== "healthz")
          figures[`${name} req/s ÷ healthz`] = Math.round((result.rps / healthz.rps) * 100) / 100;
        if (result.failures > 0) figures[`${name} failures`] = result.failures;
      }
      const bare = await startBare(
        base,
        BARE_COMPARED.map(([, path]) => path),
      );
      try {
        for (const [name, path] of BARE_COMPARED) {
          // Side by side, twice, so a burst of load from elsewhere weighs on both alike.
          const sitrep: number[] = [];
          const reference: number[] = [];
          for (let round = 0; round < 2; round++) {
            sitrep.push((await load(`${base}${path}`)).rps);
            reference.push((await load(`${bare.url}${path}`)).rps);
          }
          const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
          figures[`${name} bare Hono req/s`] = Math.round(mean(reference));
          figures[`${name} req/s ÷ bare Hono`] = Math.round((mean(sitrep) / mean(reference)) * 100) / 100;
        }
      } finally {
        await bare.close();
      }
      figures.note = `${CONNECTIONS} connections, ${SECONDS} s each, warm cache, goal ≥ 0.5 of /healthz and p99 < 50 ms; ÷ bare Hono: goal ≥ 0.5`;
      return figures;
    } finally {
      await api.close();
    }
  } finally {
    await dropPrefix(redis, prefix);
    await redis.quit();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(await benchServe());
}
