import { parseArgs } from "node:util";
import { retagStories } from "../ingest/retag-stories.ts";
import { loadConfig } from "../setup/load-config.ts";
import { storeKeys } from "../store/keys.ts";
import { connectRedis } from "../store/redis.ts";
import { createTagger } from "../tag/tagger.ts";
import { type Command, writeLine } from "./io.ts";

const USAGE =
  "usage: sitrep retag [--config feeds.config.ts] [--redis redis://127.0.0.1:6379] [--prefix sitrep] [--per-second 200]\n";

/**
 * `sitrep retag`: tags every stored story again with the config's current rules and moves those
 * whose tags changed between the indexes, at a bounded rate; prints how many it saw and changed.
 */
export const retagCommand: Command = async (args, io) => {
  let options: { config: string; redis: string; prefix: string; "per-second": string };
  try {
    options = parseArgs({
      args,
      options: {
        config: { type: "string", default: "./feeds.config.ts" },
        redis: { type: "string", default: "redis://127.0.0.1:6379" },
        prefix: { type: "string", default: "sitrep" },
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
