import { describe, expect, it } from "vitest";
import { pingRedis } from "../../src/runtime/ensure-redis.ts";
import { freePort } from "../helpers/processes.ts";
import { REDIS_URL } from "../helpers/redis.ts";
import { redisForTests } from "../helpers/test-redis.ts";

// What tests/global-setup.ts does for `npm test`, pointed at a port where nothing answers.
describe("the test run's Redis", () => {
  it("is REDIS_URL when set, and nothing is started", async () => {
    const redis = await redisForTests(REDIS_URL, { port: await freePort() });
    expect(redis).toMatchObject({ url: REDIS_URL, child: null });
    await redis.stop();
  });

  it("is a redis-server of its own on a spare port when nothing answers, gone after the run", async () => {
    const quiet = await freePort();
    const redis = await redisForTests(undefined, { port: quiet });
    expect(redis.child?.pid).toBeGreaterThan(0);
    expect(redis.url).not.toBe(`redis://127.0.0.1:${quiet}`);
    expect(await pingRedis(redis.url)).toBe(true);
    await redis.stop();
    expect(await pingRedis(redis.url, 300)).toBe(false);
  });

  it("says how to install Redis, as npm start does, when redis-server is missing", async () => {
    const port = await freePort();
    await expect(redisForTests(undefined, { port, command: "redis-server-not-installed" })).rejects.toThrow(
      `nothing answers on 127.0.0.1:${port} and redis-server-not-installed is not installed: install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL`,
    );
  });
});
