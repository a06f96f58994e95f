import { existsSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import {
  ensureRedis,
  pingRedis,
  type RedisHandle,
  RedisUnavailableError,
} from "../../src/runtime/ensure-redis.ts";
import { freePort, tempDir } from "../helpers/processes.ts";
import { REDIS_URL } from "../helpers/redis.ts";

describe("ensureRedis", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("uses a configured REDIS_URL as it is and starts nothing", async () => {
    const handle = await ensureRedis(REDIS_URL, { port: await freePort() });
    expect(handle).toMatchObject({ url: REDIS_URL, child: null });
  });

  it("starts its own redis-server with its data on disk when nothing answers, and stops it", async () => {
    const port = await freePort();
    const dir = tempDir("ensure-redis");
    cleanups.push(() => dir.remove());
    const handle: RedisHandle = await ensureRedis(undefined, { port, dataDir: dir.path });
    cleanups.push(() => handle.stop());
    expect(handle.url).toBe(`redis://127.0.0.1:${port}`);
    expect(handle.child?.pid).toBeGreaterThan(0);

    const client = new Redis(handle.url);
    await client.set("written", "kept");
    expect(await client.get("written")).toBe("kept");
    client.disconnect();
    expect(existsSync(join(dir.path, "appendonlydir"))).toBe(true);

    // A second start finds the first server answering and leaves it alone.
    expect((await ensureRedis(undefined, { port, dataDir: dir.path })).child).toBeNull();

    await handle.stop();
    cleanups.pop();
    expect(await pingRedis(handle.url, 300)).toBe(false);
  });

  it("says how to install Redis when nothing answers and the server binary is missing", async () => {
    const port = await freePort();
    const dir = tempDir("ensure-redis-missing");
    cleanups.push(() => dir.remove());
    const attempt = ensureRedis(undefined, {
      port,
      dataDir: dir.path,
      command: "redis-server-not-installed",
    });
    await expect(attempt).rejects.toThrow(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(/is not installed: install Redis .* or set REDIS_URL/);
  });
});
