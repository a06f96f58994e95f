import { CONFIG_CHECK_USAGE, configCheckCommand } from "./config-check.ts";
import { DEDUP_USAGE, dedupCommand } from "./dedup.ts";
import type { Command } from "./io.ts";
import { OPML_IMPORT_USAGE, opmlImportCommand } from "./opml-import.ts";
import { PARSE_USAGE, parseCommand } from "./parse.ts";
import { RETAG_USAGE, retagCommand } from "./retag.ts";
import { TAG_USAGE, tagCommand } from "./tag.ts";

interface Entry {
  run: Command;
  usage: string;
  summary: string;
}

const COMMANDS: Record<string, Entry> = {
  parse: {
    run: parseCommand,
    usage: PARSE_USAGE,
    summary: "print the normalised items of feeds (files or URLs) as NDJSON",
  },
  tag: {
    run: tagCommand,
    usage: TAG_USAGE,
    summary: "tag NDJSON items with language, countries, regions and crises; --config adds its tagging rules",
  },
  retag: {
    run: retagCommand,
    usage: RETAG_USAGE,
    summary: "tag the stored stories again with the config's rules, at a bounded rate",
  },
  dedup: {
    run: dedupCommand,
    usage: DEDUP_USAGE,
    summary: "group NDJSON items (in time order) into stories",
  },
  "config check": {
    run: configCheckCommand,
    usage: CONFIG_CHECK_USAGE,
    summary: "validate a config file (default ./feeds.config.ts) and list every problem",
  },
  "opml import": {
    run: opmlImportCommand,
    usage: OPML_IMPORT_USAGE,
    summary: "print an OPML export's subscriptions as feeds.config.ts entries",
  },
};

const describe = ({ usage, summary }: Entry) => `  sitrep ${usage}\n      ${summary}\n`;
const USAGE = `usage: sitrep <command> [--help]\n\n${Object.values(COMMANDS).map(describe).join("")}`;
const asksForHelp = (args: string[]) => args.some((arg) => arg === "--help" || arg === "-h");

/** Finds the longest command name the arguments start with ("config check" before "config"). */
function resolve(args: string[]): [Entry, string[]] | null {
  for (const words of [2, 1]) {
    const entry = COMMANDS[args.slice(0, words).join(" ")];
    if (entry) return [entry, args.slice(words)];
  }
  return null;
}

const args = process.argv.slice(2);
const found = resolve(args);
if (found && asksForHelp(found[1])) {
  process.stdout.write(`usage:\n${describe(found[0])}`);
} else if (found) {
  const [entry, rest] = found;
  process.exitCode = await entry.run(rest, process);
} else if (asksForHelp(args) || args[0] === "help") {
  process.stdout.write(USAGE);
} else {
  process.stderr.write(args.length > 0 ? `unknown command "${args.join(" ")}"\n${USAGE}` : USAGE);
  process.exitCode = 2;
}
