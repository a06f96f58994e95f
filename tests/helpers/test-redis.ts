import { ensureRedis, type RedisHandle } from "../../src/runtime/ensure-redis.ts";
import { freePort, tempDir } from "./processes.ts";

/**
 * The Redis a test run uses: REDIS_URL when set, else the one on 127.0.0.1:6379, else a
 * redis-server of the run's own on a spare port (no data kept), as `npm start` would start
 * one; with the same message when redis-server is not installed.
 */
export async function redisForTests(
  configuredUrl: string | undefined,
  options: { port?: number; command?: string } = {},
): Promise<RedisHandle> {
  const dir = tempDir("test-redis");
  const handle = await ensureRedis(configuredUrl, {
    ...options,
    embeddedPort: await freePort(),
    dataDir: dir.path,
  }).catch((error: unknown) => {
    dir.remove();
    throw error;
  });
  return {
    ...handle,
    stop: async () => {
      await handle.stop();
      dir.remove();
    },
  };
}
