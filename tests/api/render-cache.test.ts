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

describe("RenderCache", () => {
  it("shares one rendering between concurrent and later requests for a key", async () => {
    const cache = new RenderCache(limits);
    const { calls, create } = counted("body");
    const values = await Promise.all([cache.get("a", 0, create), cache.get("a", 0, create)]);
    expect(values).toEqual(["body", "body"]);
    expect(await cache.get("a", 500, create)).toBe("body");
    expect(calls.count).toBe(1);
  });

  it("renders again once an entry is older than maxAge", async () => {
    const cache = new RenderCache(limits);
    const { calls, create } = counted("body");
    await cache.get("a", 0, create);
    await cache.get("a", 1001, create);
    expect(calls.count).toBe(2);
  });

  it("evicts the least recently used entries when the byte budget is spent", async () => {
    const cache = new RenderCache(limits);
    const a = counted("a".repeat(40));
    const b = counted("b".repeat(40));
    const c = counted("c".repeat(40));
    await cache.get("a", 0, a.create);
    await cache.get("b", 0, b.create);
    await cache.get("a", 1, a.create); // a is now the most recently used
    await cache.get("c", 2, c.create); // 120 bytes: b goes
    await cache.get("a", 3, a.create);
    await cache.get("b", 3, b.create);
    expect(a.calls.count).toBe(1);
    expect(b.calls.count).toBe(2);
  });

  it("keeps a single entry larger than the budget, since it is being served", async () => {
    const cache = new RenderCache(limits);
    const big = counted("x".repeat(500));
    await cache.get("big", 0, big.create);
    await cache.get("big", 1, big.create);
    expect(big.calls.count).toBe(1);
  });

  it("does not keep a rendering that failed", async () => {
    const cache = new RenderCache(limits);
    await expect(cache.get("a", 0, () => Promise.reject(new Error("redis down")))).rejects.toThrow(
      "redis down",
    );
    expect(await cache.get("a", 0, async () => "recovered")).toBe("recovered");
  });
});
