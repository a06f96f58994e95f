import { Redis, type RedisOptions } from "ioredis";

/**
 * maxRetriesPerRequest null is what BullMQ requires of its connections, and it lets
 * the API wait out a Redis restart instead of failing every command at once.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableAutoPipelining: true, ...options });
}
