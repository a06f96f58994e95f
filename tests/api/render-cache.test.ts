import { describe, expect, it } from "vitest";
import { RenderCache } from "../../src/api/render-cache.ts";

const limits = { maxBytes: 100, maxEntries: 10, maxAgeMs: 1000, sizeOf: (value: string) => value.length };

/** A create function that says how often it ran. */
function counted(value: string) {
  const calls = { count: 0 };
  return {
    calls,
    create: async () => {
      calls.count += 1;
      return value;
    },
  };
}

const failing = () => Promise.reject(new Error("redis down"));

describe("RenderCache", () => {
  it("shares one rendering between concurrent and later requests for a key", async () => {
    const cache = new RenderCache(limits);
    const { calls, create } = counted("body");
    const values = await Promise.all([cache.get("a", "v1", 0, create), cache.get("a", "v1", 0, create)]);
    expect(values).toEqual(["body", "body"]);
    expect(await cache.get("a", "v1", 500, create)).toBe("body");
    expect(calls.count).toBe(1);
  });

  it("renders again once an entry is older than maxAge, or of another generation", async () => {
    const cache = new RenderCache(limits);
    const { calls, create } = counted("body");
    await cache.get("a", "v1", 0, create);
    await cache.get("a", "v1", 1001, create);
    expect(calls.count).toBe(2);
    await cache.get("a", "v2", 1002, create);
    expect(calls.count).toBe(3);
  });

  it("evicts the least recently used entries when the byte budget is spent", async () => {
    const cache = new RenderCache(limits);
    const a = counted("a".repeat(40));
    const b = counted("b".repeat(40));
    const c = counted("c".repeat(40));
    await cache.get("a", "v1", 0, a.create);
    await cache.get("b", "v1", 0, b.create);
    await cache.get("a", "v1", 1, a.create); // a is now the most recently used
    await cache.get("c", "v1", 2, c.create); // 120 bytes: b goes
    await cache.get("a", "v1", 3, a.create);
    await cache.get("b", "v1", 3, b.create);
    expect(a.calls.count).toBe(1);
    expect(b.calls.count).toBe(2);
  });

  it("counts a key once in the budget when a new generation replaces its rendering", async () => {
    const cache = new RenderCache(limits);
    const a = counted("a".repeat(60));
    const b = counted("b".repeat(30));
    for (const [now, generation] of [0, 1, 2, 3].map((n) => [n, `v${n}`] as const)) {
      await cache.get("a", generation, now, a.create);
    }
    await cache.get("b", "v0", 4, b.create); // 90 bytes: both fit, as if "a" were counted once
    await cache.get("a", "v3", 5, a.create);
    expect(a.calls.count).toBe(4);
    expect(b.calls.count).toBe(1);
  });

  it("keeps a single entry larger than the budget, since it is being served", async () => {
    const cache = new RenderCache(limits);
    const big = counted("x".repeat(500));
    await cache.get("big", "v1", 0, big.create);
    await cache.get("big", "v1", 1, big.create);
    expect(big.calls.count).toBe(1);
  });

  it("does not keep a rendering that failed", async () => {
    const cache = new RenderCache(limits);
    await expect(cache.get("a", "v1", 0, failing)).rejects.toThrow("redis down");
    expect(cache.lastGood("a")).toBeUndefined();
    expect(await cache.get("a", "v1", 0, async () => "recovered")).toBe("recovered");
  });

  it("keeps the last good rendering of a key through new generations, failures and age", async () => {
    const cache = new RenderCache(limits);
    expect(cache.lastGood("a")).toBeUndefined();
    await cache.get("a", "v1", 0, async () => "first");
    expect(cache.lastGood("a")).toBe("first");
    await expect(cache.get("a", "v2", 5000, failing)).rejects.toThrow("redis down");
    expect(cache.lastGood("a")).toBe("first");
    // The failure did not make the old rendering current again: the next request renders.
    const { calls, create } = counted("second");
    expect(await cache.get("a", "v2", 5001, create)).toBe("second");
    expect(await cache.get("a", "v1", 5002, create)).toBe("second");
    expect(calls.count).toBe(2);
    expect(cache.lastGood("a")).toBe("second");
    expect(cache.lastGood("b")).toBeUndefined();
  });
});
