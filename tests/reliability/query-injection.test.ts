import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { saveReport } from "../../src/store/stories.ts";
import { waitFor } from "../helpers/processes.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";

const prefix = testPrefix("injection");
const keys = storeKeys(prefix);
const redis = connect();
const monitor: { redis: Redis | null; commands: string[][] } = { redis: null, commands: [] };
const now = new Date("2026-11-21T12:00:00Z");
const config = validateConfig(
  { feeds: [{ id: "wire", url: "https://wire.example/rss" }], views: { all: {} } },
  "test",
);
const app = createApp({
  redis,
  keys,
  config: () => config,
  log: pino({ level: "silent" }),
  now: () => now,
  publicUrl: "https://sitrep.example",
  queueReady: async () => (await redis.exists(`${prefix}:polls:meta`)) >= 0,
});

// Commands whose keys sit at known places; anything else the API sends must carry no key at all.
const KEYLESS = new Set(["ping", "multi", "exec", "discard", "info", "client", "select", "hello", "script"]);
function keysOf([name = "", ...rest]: string[]): string[] | null {
  switch (name.toLowerCase()) {
    case "mget":
    case "exists":
    case "unlink":
    case "del":
      return rest;
    case "zunionstore":
    case "zinterstore":
      return [rest[0] ?? "", ...rest.slice(2, 2 + Number(rest[1]))];
    case "evalsha":
    case "eval":
      return rest.slice(2, 2 + Number(rest[1]));
    case "get":
    case "hget":
    case "hgetall":
    case "zrange":
    case "zrangebyscore":
    case "zcard":
    case "pexpire":
      return [rest[0] ?? ""];
    default:
      return KEYLESS.has(name.toLowerCase()) ? [] : null;
  }
}

beforeAll(async () => {
  await saveReport(
    redis,
    keys,
    makeReport(makeItem("regex", { feedId: "wire", title: "Price index (a+)+$ climbs again in Almaty" })),
    now,
    86_400_000,
  );
  await saveReport(
    redis,
    keys,
    makeReport(makeItem("plain", { feedId: "wire", title: "Aid convoy reaches the border town" })),
    now,
    86_400_000,
  );
  // MONITOR sees every client; the API's own connection is picked out by its local port.
  await redis.ping();
  const source = `127.0.0.1:${redis.stream.localPort}`;
  monitor.redis = await connect().monitor();
  monitor.redis.on("monitor", (_time: string, args: string[], from: string) => {
    if (from === source) monitor.commands.push(args);
  });
});

afterAll(async () => {
  monitor.redis?.disconnect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const refused: [string, string][] = [
  ["a glob as feed id", "/feed.xml?feed=*"],
  ["a glob in a country code", "/feed.xml?country=KZ*"],
  ["a bare glob as country", "/feed.atom?country=*"],
  ["a glob in a crisis slug", "/feed.json?crisis=unrest*"],
  ["a glob as region", "/feed.json?region=?"],
  ["a key path as feed id", "/feed.xml?feed=wire:story:x"],
  ["a path traversal as feed id", "/feed.xml?feed=..%2F..%2Fetc%2Fpasswd"],
  ["a hash tag as language", "/feed.xml?lang={sitrep}"],
  ["a Redis command smuggled in a feed id", "/feed.xml?feed=wire%0D%0AFLUSHALL"],
  ["a 201-character q", `/feed.xml?q=${"a".repeat(201)}`],
  ["51 countries", `/feed.xml?${Array.from({ length: 51 }, () => "country=KZ").join("&")}`],
  ["an enormous limit", "/feed.xml?limit=100000000000"],
  ["a negative limit", "/feed.xml?limit=-1"],
  ["a limit in exponent form", "/feed.xml?limit=1e3"],
  ["a since of ten thousand years", "/feed.xml?since=3650000d"],
  ["a since that is code", "/feed.xml?since=Date.now()"],
  ["an unknown parameter", "/feed.xml?__proto__=1"],
  ["a parameter on a view", "/views/all.xml?feed=*"],
];
// A view name is a path, not a parameter: one that names no view is not found.
const unknownViews: [string, string][] = [
  ["a glob", "/views/*.xml"],
  ["a traversal", "/views/..%2F..%2Fsecret.xml"],
  ["a key pattern", "/views/all:*.json"],
  ["an unknown format", "/views/all.exe"],
];

describe("hostile query parameters", () => {
  it.each(refused)("%s is refused with 400 and a reason", async (_what, path) => {
    const response = await app.request(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/^invalid "/);
  });

  it.each(unknownViews)(
    "a view file name with %s is refused with 400, naming what is wrong",
    async (_what, path) => {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /^invalid "(view|format)": unknown (view|format)/,
      );
    },
  );

  it.each([
    ["(a+)+$", 1],
    ["(.*)*", 0],
    ["[", 0],
    ["\\", 0],
    ["*", 0],
    ["a|b|c", 0],
    ["%0D%0AFLUSHALL%0D%0A", 0],
    ["%00", 0],
  ])("q=%s is searched for literally (%i matches), never compiled as a pattern", async (q, matches) => {
    const response = await app.request(`/feed.json?q=${encodeURIComponent(decodeURIComponent(q))}`);
    expect(response.status).toBe(200);
    const feed = (await response.json()) as { items: { title: string }[] };
    expect(feed.items).toHaveLength(matches);
    if (matches > 0) expect(feed.items[0]?.title).toContain("(a+)+$");
  });

  it("touches no Redis key outside the prefix, whatever the parameters held", async () => {
    await app.request("/readyz");
    await redis.ping("end-of-requests");
    const seen = await waitFor(
      () => monitor.commands.some((args) => args[1] === "end-of-requests") && monitor.commands,
      "the monitor to see the last command",
    );
    const unknown = seen.filter((args) => keysOf(args) === null).map((args) => args[0]);
    expect(unknown, "commands whose key positions this test does not know").toEqual([]);
    const touched = seen.flatMap((args) => keysOf(args) ?? []);
    expect(touched.length).toBeGreaterThan(10);
    expect(touched.filter((key) => !key.startsWith(`${prefix}:`))).toEqual([]);
    expect(seen.map((args) => args[0]?.toLowerCase())).not.toContain("flushall");
  });
});

describe("the Docker image", () => {
  it("runs as the unprivileged node user: the last USER of the final stage, before its command", () => {
    const lines = readFileSync(new URL("../../Dockerfile", import.meta.url), "utf8").split("\n");
    const lastIndex = (list: string[], pattern: RegExp) =>
      list.reduce((found, line, index) => (pattern.test(line) ? index : found), -1);
    const lastStage = lines.slice(lastIndex(lines, /^FROM\s/i));
    const user = lastIndex(lastStage, /^USER\s/i);
    const command = lastStage.findIndex((line) => /^(CMD|ENTRYPOINT)\s/i.test(line));
    expect(lastStage[user]?.trim()).toBe("USER node");
    expect(user).toBeLessThan(command);
  });
});
