import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";

/**
 * A Lua script run by its SHA, loaded on first use and again after a Redis restart
 * (NOSCRIPT), so the script text crosses the wire once per server life, not per call.
 */
export function luaScript(source: string) {
  const sha = createHash("sha1").update(source).digest("hex");
  return async function run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error).message).startsWith("NOSCRIPT")) throw error;
      return redis.eval(source, keys.length, ...keys, ...args);
    }
  };
}

/** One script's text made of Lua files read in order: shared functions first, the script's body last. */
export function luaSource(...files: URL[]): string {
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}
