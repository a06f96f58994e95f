import { parseArgs } from "node:util";
import { readEnv } from "../env.ts";
import { retagStories } from "../ingest/retag-stories.ts";
import { loadConfig } from "../setup/load-config.ts";
import { storeKeys } from "../store/keys.ts";
import { connectRedis } from "../store/redis.ts";
import { createTagger } from "../tag/tagger.ts";
import { type Command, writeLine } from "./io.ts";

export const RETAG_USAGE = "retag [--config <path>] [--redis <url>] [--prefix <prefix>] [--per-second 200]";
const USAGE = `usage: sitrep ${RETAG_USAGE}\n`;

/**
 * `sitrep retag`: tags every stored story again with the config's current rules and moves those
 * whose tags changed between the indexes, at a bounded rate; prints how many it saw and changed.
 */
export const retagCommand: Command = async (args, io) => {
  const env = readEnv();
  let options: { config: string; redis: string; prefix: string; "per-second": string };
  try {
    options = parseArgs({
      args,
      options: {
        config: { type: "string", default: "./feeds.config.ts" },
        redis: { type: "string", default: env.REDIS_URL ?? "redis://127.0.0.1:6379" },
        prefix: { type: "string", default: env.SITREP_PREFIX },
        "per-second": { type: "string", default: "200" },
      },
    }).values as typeof options;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const perSecond = Number(options["per-second"]);
  if (!(perSecond > 0)) {
    io.stderr.write(`--per-second must be a positive number\n${USAGE}`);
    return 2;
  }
  const config = await loadConfig(options.config);
  const redis = connectRedis(options.redis);
  try {
    const tag = createTagger(config.tagging);
    writeLine(
      io.stdout,
      await retagStories(redis, storeKeys(options.prefix), tag, config.feeds, { perSecond }),
    );
    return 0;
  } finally {
    redis.disconnect();
  }
};
