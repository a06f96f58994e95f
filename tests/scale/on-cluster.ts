import { pino } from "pino";
import { type ApiRuntime, startApi } from "../../src/api/server.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { startWorker, type WorkerRuntime } from "../../workers/worker.ts";
import { type FixtureEntry, rssFeed } from "../helpers/feeds.ts";
import type { RedisCluster } from "../helpers/redis-cluster.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

/** Two reports the tagger files under Chile/earthquake and Kazakhstan/unrest. */
export function quakeAndProtest(published: string): FixtureEntry[] {
  return [
    {
      id: "quake",
      title: "Strong earthquake hits Chile's coast",
      summary: "Walls cracked in Valparaíso.",
      published,
    },
    {
      id: "almaty",
      title: "Protesters gather in Almaty",
      summary: "Police closed the central square.",
      published,
    },
  ];
}

export interface SitrepOnCluster {
  /** The API's base URL. */
  base: string;
  /** The master that serves the prefix's slot when sitrep started. */
  owner: number;
  /** The node REDIS_URL names: a master that does not serve the prefix's slot. */
  seed: number;
  close(): Promise<void>;
}

/**
 * A worker and an API on `cluster`, watching one feed ("wire") that serves `entries` as they
 * are at each request, so a test can add to them. The URL names a node that does not serve the
 * prefix's slot, so every command reaches its data only by following the cluster's redirects.
 */
export async function startSitrepOnCluster(
  cluster: RedisCluster,
  {
    prefix,
    entries,
    adminToken = null,
  }: { prefix: string; entries: FixtureEntry[]; adminToken?: string | null },
): Promise<SitrepOnCluster> {
  const fixture: TestServer = await startServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(rssFeed("Wire", entries));
  });
  const owner = await cluster.ownerOf(prefix);
  const seed = (await cluster.masters()).find((port) => port !== owner) as number;
  const config = validateConfig(
    { allowPrivateHosts: ["127.0.0.1"], feeds: [{ id: "wire", url: `${fixture.url}/rss`, interval: "1h" }] },
    "test",
  );
  const options = { redisUrl: `redis+cluster://127.0.0.1:${seed}`, prefix, log: pino({ level: "silent" }) };
  let worker: WorkerRuntime | undefined;
  let api: ApiRuntime | undefined;
  const close = async () => {
    await api?.close();
    await worker?.close();
    await fixture.close();
  };
  try {
    worker = await startWorker(config, options);
    api = await startApi(config, { ...options, host: "127.0.0.1", port: 0, publicUrl: null, adminToken });
  } catch (error) {
    await close();
    throw error;
  }
  return { base: `http://127.0.0.1:${api.port}`, owner, seed, close };
}

/** The titles /feed.json (with `query`) serves; none while it answers anything but 200. */
export async function feedTitles(base: string, query = ""): Promise<string[]> {
  const response = await fetch(`${base}/feed.json${query}`);
  if (response.status !== 200) return [];
  return ((await response.json()) as { items: { title: string }[] }).items.map((item) => item.title);
}
