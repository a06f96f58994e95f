import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { pollFeed } from "../../workers/poll.ts";
import { createPollDeps } from "../../workers/worker.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const prefix = testPrefix("ssrf");
const keys = storeKeys(prefix);
const redis = connect();
const log = pino({ level: "silent" });
const now = () => new Date();
/** Paths the internal service was asked for: every test expects none. */
const leaked: string[] = [];
let internal: TestServer;
let redirector: TestServer;

beforeAll(async () => {
  // Stands for an internal service (an admin page, a metadata endpoint) on a private address.
  internal = await startServer((req, res) => {
    leaked.push(req.url ?? "");
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(
      rssFeed("Internal", [
        {
          id: "secret",
          title: "Internal credentials",
          summary: "Not for outside eyes.",
          published: "2026-01-01",
        },
      ]),
    );
  });
  // A public-looking feed host (allowed below) that redirects wherever its path says.
  redirector = await startServer((req, res) => {
    res.writeHead(302, { location: decodeURIComponent((req.url ?? "/").slice(1)) }).end();
  });
});

afterAll(async () => {
  await Promise.all([internal.close(), redirector.close()]);
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const internalPort = () => new URL(internal.url).port;

describe("the SSRF guard, end to end through pollFeed", () => {
  const direct: [string, () => string][] = [
    ["a loopback IP literal", () => `http://127.0.0.1:${internalPort()}/admin`],
    ["a name that resolves to loopback", () => `http://localhost:${internalPort()}/admin`],
    ["loopback as a decimal integer", () => `http://2130706433:${internalPort()}/admin`],
    ["loopback in hex and short form", () => `http://0x7f.1:${internalPort()}/admin`],
    ["loopback as IPv4-mapped IPv6", () => `http://[::ffff:127.0.0.1]:${internalPort()}/admin`],
    ["IPv6 loopback", () => `http://[::1]:${internalPort()}/admin`],
    ["the unspecified address", () => `http://0.0.0.0:${internalPort()}/admin`],
  ];
  it.each(direct)("refuses a feed URL that is %s, without connecting", async (_what, url) => {
    const id = `direct-${leaked.length}-${Math.random().toString(36).slice(2, 8)}`;
    const config = validateConfig({ feeds: [{ id, url: url() }] }, "test");
    const deps = createPollDeps(config, { redis, prefix, log, now });
    await expect(pollFeed(deps, id, false)).rejects.toMatchObject({ name: "UnrecoverableError" });
    const status = await readStatus(redis, keys, id);
    expect(status.disabled).toBe(true);
    expect(status.lastError).toMatch(/is not a public address|resolves to non-public/);
    expect(leaked).toEqual([]);
  });

  const redirects: [string, () => string, RegExp][] = [
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", /not a public address/],
    [
      "a name that resolves to loopback",
      () => `http://localhost:${internalPort()}/`,
      /resolves to non-public/,
    ],
    ["a private network address", () => "http://10.1.2.3/", /not a public address/],
    ["another port of the allowed host", () => `http://127.0.0.1:${internalPort()}/`, /not a public address/],
    ["loopback inside NAT64", () => `http://[64:ff9b::7f00:1]:${internalPort()}/`, /not a public address/],
    ["IPv6 link-local", () => "http://[fe80::1]/", /not a public address/],
    ["a file URL", () => "file:///etc/passwd", /only http and https/],
  ];
  it.each(redirects)("refuses a redirect from an allowed host to %s", async (_what, target, reason) => {
    const id = `redirect-${Math.random().toString(36).slice(2, 8)}`;
    const url = `${redirector.url}/${encodeURIComponent(target())}`;
    // Only the redirector's own address is allowed; where it points must pass the guard on its own.
    const config = validateConfig({ allowPrivateHosts: ["127.0.0.1"], feeds: [{ id, url }] }, "test");
    const deps = createPollDeps(config, { redis, prefix, log, now });
    await expect(pollFeed(deps, id, false)).rejects.toMatchObject({ name: "UnrecoverableError" });
    const status = await readStatus(redis, keys, id);
    expect(status).toMatchObject({ disabled: true, itemCount: 0 });
    expect(status.lastError).toMatch(reason);
    expect(leaked).toEqual([]);
    expect(await redis.zcard(keys.index("feed", id))).toBe(0);
  });
});
