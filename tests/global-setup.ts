import { redisForTests } from "./helpers/test-redis.ts";

/**
 * vitest's global setup: `npm test` needs no Redis started beforehand. A server started here
 * lives for the run, and its URL reaches every test file (and the processes they spawn)
 * through REDIS_URL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const redis = await redisForTests(process.env.REDIS_URL);
  if (redis.child) {
    process.env.REDIS_URL = redis.url;
    console.log(`nothing answered on 127.0.0.1:6379: started redis-server for this run on ${redis.url}`);
  }
  return () => redis.stop();
}
