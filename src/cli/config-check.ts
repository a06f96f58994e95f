import { loadConfig } from "../setup/load-config.ts";
import type { Command } from "./io.ts";

/** `sitrep config check [path]`: validates a config and says what is wrong, field by field. */
export const configCheckCommand: Command = async (args, io) => {
  const path = args[0] ?? "./feeds.config.ts";
  try {
    const config = await loadConfig(path);
    const views = Object.keys(config.views).length;
    io.stdout.write(`${path}: ok (${config.feeds.length} feeds, ${views} views)\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
};
