import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "../../src/env.ts";
import { hashTag, parseClusterUrl, RedisUrlError } from "../../src/store/cluster.ts";

describe("cluster URLs", () => {
  it("reads seeds, credentials and TLS from redis+cluster:// and rediss+cluster://", () => {
    expect(parseClusterUrl("redis+cluster://10.0.0.1:7000,cache.example:7001,[::1]")).toEqual({
      nodes: [
        { host: "10.0.0.1", port: 7000 },
        { host: "cache.example", port: 7001 },
        { host: "::1", port: 6379 },
      ],
      tls: false,
    });
    expect(parseClusterUrl("rediss+cluster://app:p%40ss:w@cfg.example:6379")).toEqual({
      nodes: [{ host: "cfg.example", port: 6379 }],
      username: "app",
      password: "p@ss:w",
      tls: true,
    });
    expect(parseClusterUrl("rediss+cluster://:token@cfg.example")).toMatchObject({ password: "token" });
  });

  it("leaves single-server URLs to ioredis", () => {
    expect(parseClusterUrl("redis://127.0.0.1:6379/2")).toBeNull();
    expect(parseClusterUrl("rediss://user:pw@host:6380")).toBeNull();
  });

  it.each([
    ["redis+cluster://a:7000/0", /database 0/],
    ["redis+cluster://a:7000?tls=1", /takes no options/],
    ["redis+cluster://a:70000", /"a:70000" is not host:port/],
    ["redis+cluster://a:7000,,b:7001", /"" is not host:port/],
    ["redis+cluster://u:%zz@a:7000", /malformed %-escape/],
  ])("refuses %s", (url, message) => {
    expect(() => parseClusterUrl(url)).toThrow(RedisUrlError);
    expect(() => parseClusterUrl(url)).toThrow(message);
  });
});

describe("hash tags", () => {
  it.each([
    ["{sitrep}", "sitrep"],
    ["{sitrep}:story:1", "sitrep"],
    ["eu{sitrep}.x", "sitrep"],
    ["sitrep", null],
    ["{}sitrep{x}", null],
    ["{sitrep", null],
    ["}sitrep{x}", "x"],
  ])("%s hashes %s", (key, tag) => {
    expect(hashTag(key)).toBe(tag);
  });
});

describe("the environment on a cluster", () => {
  it("stops at start when the prefix has no hash tag, naming the variable and a fix", () => {
    const read = () => readEnv({ REDIS_URL: "redis+cluster://127.0.0.1:7000", SITREP_PREFIX: "news" });
    expect(read).toThrow(EnvError);
    expect(read).toThrow(/SITREP_PREFIX: "news" has no hash tag.*such as \{news\}/);
    expect(() => readEnv({ REDIS_URL: "redis+cluster://127.0.0.1:7000" })).toThrow(/such as \{sitrep\}/);
  });

  it("takes a hash-tagged prefix, and any prefix on a single server", () => {
    expect(
      readEnv({ REDIS_URL: "rediss+cluster://a:7000,b:7000", SITREP_PREFIX: "{news}" }).SITREP_PREFIX,
    ).toBe("{news}");
    expect(readEnv({ REDIS_URL: "redis://127.0.0.1:6379", SITREP_PREFIX: "news" }).SITREP_PREFIX).toBe(
      "news",
    );
  });

  it("names what is wrong with a malformed cluster URL", () => {
    expect(() => readEnv({ REDIS_URL: "redis+cluster://a:7000/1", SITREP_PREFIX: "{s}" })).toThrow(
      /REDIS_URL: a cluster URL ends with its hosts/,
    );
    expect(() => readEnv({ REDIS_URL: "cluster://a:7000" })).toThrow(/REDIS_URL: must start with redis:\/\//);
  });
});
