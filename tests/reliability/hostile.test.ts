import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import {
  atomFragments,
  executableInFeed,
  executableParts,
  jsonFragments,
  rssFragments,
} from "./executable.ts";
import { CASES, type FeedRow, type JsonItem } from "./hostile-cases.ts";
import { healthyFeed, PASSWD_MARKER } from "./hostile-documents.ts";
import { LEAD } from "./hostile-markup.ts";
import { send } from "./hostile-servers.ts";

const prefix = processPrefix("hostile");
const redis = connect();
const dir = tempDir("hostile");
const servers: TestServer[] = [];
let late: TestServer;
let worker: SitrepProcess;
let api: SitrepProcess;
let configPath: string;
const feedsConfig: { id: string; url: string; interval: string }[] = [];

const config = () => ({
  allowPrivateHosts: ["127.0.0.1"],
  // Long enough for a 15 MB body on a loaded test machine, short enough for the slow drip to hit it.
  fetch: { timeout: "15s", connectTimeout: "2s" },
  // The worker's memory bound below follows from these: one processing thread of at most 256 MiB
  // of heap beside the poller's own loop, whatever the machine's cores; each further thread
  // carries its own parser and tagger.
  processing: { memory: 256, threads: 1 },
  feeds: feedsConfig,
});

async function get(path: string): Promise<Response> {
  const response = await fetch(`${api.url}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response;
}
const rows = async () => (await (await get("/api/feeds")).json()) as FeedRow[];
const settled = (row: FeedRow | undefined) =>
  row !== undefined && (row.lastError ?? row.lastSuccessAt) !== null;

beforeAll(async () => {
  // Each case on its own server, as on its own host: the per-host limit must not be what keeps them apart.
  for (const hostile of CASES) {
    const server = await startServer(hostile.route);
    servers.push(server);
    feedsConfig.push({ id: hostile.id, url: `${server.url}${hostile.path ?? "/feed"}`, interval: "1h" });
  }
  late = await startServer(send(healthyFeed().replaceAll("ok-", "late-")));
  configPath = writeConfig(`${dir.path}/config.json`, config());
  const options = { configPath, redisUrl: REDIS_URL, prefix };
  [worker, api] = await Promise.all([spawnSitrep("worker", options), spawnSitrep("api", options)]);
  await waitFor(
    async () => {
      const current = await rows();
      return current.every(settled) && current;
    },
    "every hostile feed to be polled once",
    // A bound, not a measurement: on a loaded 2-core CI machine the multi-megabyte cases take minutes.
    { timeoutMs: 300_000, everyMs: 500 },
  ).catch(async (error: Error) => {
    const pending = (await rows()).filter((row) => !settled(row)).map((row) => row.id);
    throw new Error(`${error.message}; still pending: ${pending.join(", ")}\n${worker.output()}`);
  });
}, 400_000);

afterAll(async () => {
  await Promise.all([worker?.stop(), api?.stop()]);
  await Promise.all([...servers, late].map((server) => server?.close()));
  await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

describe("hostile feeds, end to end through a worker process, Redis and an API process", () => {
  it.each(CASES)("$what ($id)", async ({ id, expect: expectation }) => {
    const row = (await rows()).find((candidate) => candidate.id === id);
    if (!row) throw new Error(`no status for ${id}`);
    const { items } = (await (await get(`/feed.json?feed=${id}&limit=500`)).json()) as { items: JsonItem[] };
    if ("error" in expectation) {
      expect(row.lastError).toMatch(expectation.error);
      expect(row.consecutiveFailures).toBeGreaterThanOrEqual(1);
      expect(row.disabled).toBe(expectation.disabled ?? false);
      expect(items).toEqual([]);
    } else {
      expect(row.consecutiveFailures).toBe(0);
      expectation.stored(items, row);
    }
  });

  it.each([
    ["RSS", "/feed.xml", rssFragments],
    ["Atom", "/feed.atom", atomFragments],
    ["JSON Feed", "/feed.json", jsonFragments],
  ])("the served %s is well-formed and carries nothing executable", async (_format, path, fragments) => {
    const scripted = "feed=scripted-rss,scripted-atom,scripted-json,absurd-dates,invalid-utf8,megabyte-title";
    for (const query of ["?limit=500", `?${scripted}`]) {
      const found = fragments(await (await get(`${path}${query}`)).text());
      expect(found.html.join("\n")).toContain(LEAD);
      expect(executableInFeed(found)).toEqual([]);
    }
  });

  it("the HTML page carries no script, no handler and no javascript: link", async () => {
    const page = await get("/?limit=500");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("Floodwaters reach the old town");
    // The page links its own stylesheet and declares its alternate feeds; nothing else may load or run.
    expect(executableParts(html, new Set(["link", "meta", "form", "svg"]))).toEqual([]);
    expect(html).not.toMatch(/<link[^>]+rel="(?!stylesheet|alternate)/);
  });

  it("sends headers that stop browsers from sniffing, and a CSP on HTML that allows no script", async () => {
    for (const path of ["/", "/?country=ZZ", "/feed.xml", "/feed.atom", "/feed.json", "/api/feeds"]) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy, path).toMatch(/(^|;\s*)default-src 'none'/);
      expect(policy, path).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
      expect(policy, path).toMatch(/frame-ancestors 'none'/);
    }
  });

  it("the external entity's target appears nowhere: not in any response, not in Redis", async () => {
    const responses = await Promise.all(
      ["/api/feeds", "/feed.xml?limit=500", "/feed.atom?limit=500", "/feed.json?limit=500", "/"].map(
        async (path) => (await get(path)).text(),
      ),
    );
    for (const body of responses) expect(body).not.toMatch(PASSWD_MARKER);
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      const types = await Promise.all(keys.map((key) => redis.type(key)));
      const values = await Promise.all(
        keys.map((key, n) =>
          types[n] === "hash" ? redis.hgetall(key) : types[n] === "string" ? redis.get(key) : null,
        ),
      );
      for (const value of values) expect(JSON.stringify(value)).not.toMatch(PASSWD_MARKER);
    } while (cursor !== "0");
  });

  it("the worker stayed up with bounded memory, and still takes new work after all of it", async () => {
    expect(worker.alive()).toBe(true);
    const peak = worker.peakRss();
    console.info(`worker peak RSS after the hostile feeds: ${Math.round(peak / 1048576)} MiB`);
    expect(peak).toBeLessThan(1024 * 1024 * 1024);
    feedsConfig.push({ id: "late", url: `${late.url}/feed`, interval: "1h" });
    writeConfig(configPath, config());
    worker.signal("SIGHUP");
    api.signal("SIGHUP");
    const row = await waitFor(
      async () => (await rows()).find((candidate) => candidate.id === "late" && candidate.lastSuccessAt),
      "the feed added after the hostile ones to be polled",
      { timeoutMs: 30_000 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${worker.output().slice(-5000)}`);
    });
    expect(row).toMatchObject({ lastError: null, itemCount: 3 });
    expect(worker.alive()).toBe(true);
  }, 60_000);
});
