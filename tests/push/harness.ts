import type { IncomingHttpHeaders } from "node:http";
import { pino } from "pino";
import { type ApiRuntime, startApi } from "../../src/api/server.ts";
import { createPushQueue } from "../../src/jobs/push-queue.ts";
import type { Config } from "../../src/setup/config-schema.ts";
import { startWorker, type WorkerRuntime } from "../../workers/worker.ts";
import { type FixtureEntry, rssFeed } from "../helpers/feeds.ts";
import { redisOptions } from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A subscriber or webhook receiver: records every request; `answer` decides the response. */
export async function startReceiver(
  answer: (request: Received) => { status: number; body?: string } = () => ({ status: 204 }),
): Promise<TestServer & { received: Received[] }> {
  const received: Received[] = [];
  const server = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://receiver.invalid");
    const request = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    received.push(request);
    const { status, body } = answer(request);
    res.writeHead(status).end(body);
  });
  return { ...server, received };
}

/** Feeds served as RSS at /<id>.xml from `entries`, which a test may change between polls. */
export async function startFeeds(entries: Map<string, FixtureEntry[]>): Promise<TestServer> {
  return startServer((req, res) => {
    const id = (req.url ?? "").replace(/^\/|\.xml$/g, "");
    const items = entries.get(id);
    if (!items) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(id, items));
  });
}

export interface Sitrep {
  prefix: string;
  api: ApiRuntime;
  url: string;
  worker: WorkerRuntime;
  close(): Promise<void>;
}

/** A real API and worker on a prefix of their own, over the shared test Redis. */
export async function startSitrep(name: string, config: Config): Promise<Sitrep> {
  const prefix = testPrefix(name);
  const log = pino({ level: "silent" });
  const worker = await startWorker(config, { redisUrl: REDIS_URL, prefix, log });
  const api = await startApi(config, {
    redisUrl: REDIS_URL,
    prefix,
    log,
    host: "127.0.0.1",
    port: 0,
    publicUrl: null,
  });
  return {
    prefix,
    api,
    url: `http://127.0.0.1:${api.port}`,
    worker,
    async close() {
      await api.close();
      await worker.close();
      const redis = connect();
      await dropPrefix(redis, prefix);
      await redis.quit();
    },
  };
}

/** True once nothing is waiting or running in the push queue. */
export async function pushQueueIdle(prefix: string): Promise<boolean> {
  const queue = createPushQueue(redisOptions(REDIS_URL), prefix);
  try {
    // Retries waiting out their backoff (a receiver that keeps failing) do not count.
    const counts = await queue.getJobCounts("waiting", "active", "prioritized");
    return Object.values(counts).every((count) => count === 0);
  } finally {
    await queue.close();
  }
}
