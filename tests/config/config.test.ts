import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/config/duration.ts";
import { EnvError, readEnv } from "../../src/env.ts";
import { configWarnings, loadConfig, validateConfig } from "../../src/setup/load-config.ts";
import { configProblems } from "../helpers/config-problems.ts";

const feed = (extra: Record<string, unknown> = {}) => ({
  id: "wire",
  url: "https://example.org/feed.xml",
  ...extra,
});

describe("durations", () => {
  it.each([
    ["90s", 90_000],
    ["5m", 300_000],
    ["1h30m", 5_400_000],
    ["30d", 2_592_000_000],
    ["250ms", 250],
  ])("parses %s", (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(["", "5", "m", "5 minutes", "-5m", "5m garbage"])("rejects %j", (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it("formats whole units", () => {
    expect(formatDuration(60_000)).toBe("1m");
    expect(formatDuration(86_400_000 * 30)).toBe("30d");
  });
});

describe("config validation", () => {
  it("fills defaults and turns durations into milliseconds", () => {
    const config = validateConfig({ feeds: [feed({ interval: "5m" })] }, "test");
    expect(config.defaultInterval).toBe(900_000);
    expect(config.retention).toBe(30 * 86_400_000);
    expect(config.feeds[0]?.interval).toBe(300_000);
    expect(config.fetch.maxBytes).toBe(15 * 1024 * 1024);
    expect(config.allowPrivateHosts).toEqual([]);
  });

  it.each([
    [
      { feeds: [feed(), feed({ id: "b" }), feed({ id: "c" }), feed({ id: "d", url: "ftp://x" })] },
      "feeds[3].url: must be an http(s) URL",
    ],
    [{ feeds: [feed({ url: "not a url" })] }, "feeds[0].url: must be an http(s) URL"],
    [{ feeds: [feed({ interval: "30s" })] }, 'feeds[0].interval: must be at least 1m, got "30s"'],
    [{ feeds: [feed({ interval: "often" })] }, 'feeds[0].interval: must be a duration such as "90s"'],
    [{ feeds: [feed({ id: "Bad Id" })] }, "feeds[0].id: must be a slug"],
    [{ feeds: [feed({ language: "german!" })] }, "feeds[0].language: must be a BCP 47 language tag"],
    [{ feeds: [feed({ countries: ["kz"] })] }, "feeds[0].countries[0]: must be an ISO 3166-1 alpha-2 code"],
    [
      { feeds: [feed({ countries: ["KZ", "XX"] })] },
      "feeds[0].countries[1]: is not an assigned ISO 3166-1 alpha-2 code",
    ],
    [{ feeds: [feed({ regions: ["atlantis"] })] }, "feeds[0].regions[0]: must be a region slug"],
    [
      { feeds: [feed({ colour: "red" })] },
      'feeds[0]: unknown key "colour"; accepted: id, url, name, language, interval, countries, regions, tags',
    ],
    [{ feeds: [feed(), feed()] }, 'feeds[1].id: duplicates feeds[0].id "wire"'],
    [{ retention: "30", feeds: [] }, "retention: must be a duration"],
    [{ fetch: { maxBytes: 10 }, feeds: [] }, "fetch.maxBytes:"],
    [{}, "feeds: "],
    [{ feeds: [feed()], views: { kz: { country: "XX" } } }, 'views.kz.country: unknown value "XX"'],
    [
      { feeds: [feed(), feed({ id: "coast" })], views: { kz: { feed: "other" } } },
      'views.kz.feed: unknown value "other"; accepted: wire, coast',
    ],
    [
      { feeds: [feed()], views: { kz: { colour: "red" } } },
      'views.kz: unknown key "colour"; accepted: country,',
    ],
    [
      { feeds: [feed()], views: { "Kazakhstan View": { country: "KZ" } } },
      "views.Kazakhstan View: is not an accepted name: must be a slug: lower-case letters, digits, '-' or '_', at most 64",
    ],
  ])("names the field and the problem: %j", (raw, message) => {
    expect(configProblems(raw)).toContain(message);
  });

  it("reports every problem in one run, those across fields with the rest", () => {
    const raw = {
      defaultInterval: "often",
      feeds: [feed({ url: "ftp://x" }), feed(), feed({ id: "coast", intervall: "5m" })],
      views: { kz: { feed: ["wire", "nope"] }, "Bad View": { country: "KZ" } },
    };
    expect(
      configProblems(raw)
        .split("\n")
        .slice(1)
        .map((line) => line.trim())
        .sort(),
    ).toEqual([
      'defaultInterval: must be a duration such as "90s", "5m", "2h" or "30d", got "often"',
      "feeds[0].url: must be an http(s) URL",
      'feeds[1].id: duplicates feeds[0].id "wire": every feed needs an id of its own',
      'feeds[2]: unknown key "intervall"; accepted: id, url, name, language, interval, countries, regions, tags',
      "views.Bad View: is not an accepted name: must be a slug: lower-case letters, digits, '-' or '_', at most 64",
      'views.kz.feed: unknown value "nope"; accepted: wire, coast',
    ]);
  });

  it("accepts an empty feed list but warns that nothing will be polled", () => {
    expect(configWarnings(validateConfig({ feeds: [] }, "test"))).toEqual([
      expect.stringMatching(/^feeds is empty: nothing will be polled/),
    ]);
    expect(configWarnings(validateConfig({ feeds: [feed()] }, "test"))).toEqual([]);
  });
});

describe("loading config files", () => {
  it("loads a TypeScript config from anywhere on disk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sitrep-config-"));
    const path = join(dir, "my.config.ts");
    await writeFile(
      path,
      `const interval: string = "2m";\nexport default { feeds: [{ id: "a", url: "https://a.example/rss", interval }] };\n`,
    );
    const config = await loadConfig(path);
    expect(config.feeds[0]?.interval).toBe(120_000);
  });

  it("loads a JSON config", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sitrep-config-"));
    const path = join(dir, "config.json");
    await writeFile(path, JSON.stringify({ feeds: [feed()] }));
    expect((await loadConfig(path)).feeds).toHaveLength(1);
  });

  it("reports a missing file and a file with no default export", async () => {
    await expect(loadConfig("/nonexistent/sitrep.config.ts")).rejects.toThrow(/cannot read config/);
    const dir = await mkdtemp(join(tmpdir(), "sitrep-config-"));
    const path = join(dir, "empty.ts");
    await writeFile(path, "export const feeds = [];\n");
    await expect(loadConfig(path)).rejects.toThrow(/has no default export/);
  });

  it("accepts the shipped feeds.config.ts", async () => {
    const config = await loadConfig("feeds.config.ts");
    expect(config.feeds.length).toBeGreaterThanOrEqual(10);
    expect(new Set(config.feeds.map((entry) => entry.language)).size).toBeGreaterThanOrEqual(4);
  });
});

describe("environment", () => {
  it("has defaults", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 8080, SITREP_PREFIX: "sitrep", SITREP_CONFIG: "./feeds.config.ts" });
    expect(env.REDIS_URL).toBeUndefined();
    // No proxy is believed unless the operator says one is there.
    expect(env.TRUST_PROXY).toBe(0);
    expect(readEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty", REDIS_URL: "localhost:6379" })).toThrow(EnvError);
    expect(() => readEnv({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL: must start with redis:\/\//);
    expect(() => readEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
