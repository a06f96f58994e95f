import { configCheckCommand } from "./config-check.ts";
import { dedupCommand } from "./dedup.ts";
import type { Command } from "./io.ts";
import { opmlImportCommand } from "./opml-import.ts";
import { parseCommand } from "./parse.ts";
import { tagCommand } from "./tag.ts";

const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  tag: tagCommand,
  dedup: dedupCommand,
  "config check": configCheckCommand,
  "opml import": opmlImportCommand,
};

const USAGE = `usage: sitrep <command>
  parse <file-or-url>...   print the normalised items of feeds as NDJSON
  tag [--explain]          tag NDJSON items from stdin with countries, regions and crises
  dedup [--window 3d] [--explain]
                           group NDJSON items from stdin into stories
  config check [path]      validate a config file (default ./feeds.config.ts)
  opml import <file>       print an OPML export's subscriptions as feeds.config.ts entries
`;

/** Finds the longest command name the arguments start with ("config check" before "config"). */
function resolve(args: string[]): [Command, string[]] | null {
  for (const words of [2, 1]) {
    const command = COMMANDS[args.slice(0, words).join(" ")];
    if (command) return [command, args.slice(words)];
  }
  return null;
}

const found = resolve(process.argv.slice(2));
if (!found) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  const [command, rest] = found;
  process.exitCode = await command(rest, process);
}
