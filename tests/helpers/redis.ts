import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll } from "vitest";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** A unique key prefix per test file, so parallel test files never see each other's keys. */
export function testPrefix(name: string): string {
  return `sitrep-test:${name}:${randomUUID().slice(0, 8)}`;
}

/** Deletes every key under a prefix (BullMQ's included); call it in afterAll. */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== "0");
}

export function connect(): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: null });
}

/**
 * One connection for a test file and a fresh prefix under one root per call, so each index a
 * test makes starts empty; every key under the root is dropped after the file.
 */
export function freshPrefixes(name: string): { redis: Redis; next: () => string } {
  const redis = connect();
  const root = testPrefix(name);
  let count = 0;
  afterAll(async () => {
    await dropPrefix(redis, root);
    redis.disconnect();
  });
  return { redis, next: () => `${root}:${count++}` };
}
