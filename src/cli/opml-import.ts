import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import { OpmlError, readOpml } from "../opml/read.ts";
import { outlinesToFeeds } from "../opml/to-config.ts";
import type { Command } from "./io.ts";

const USAGE = "usage: sitrep opml import <file.opml | ->\n";

/**
 * `sitrep opml import <file>`: prints the subscriptions of a feed reader's OPML export as
 * `feeds` entries for feeds.config.ts (a JSON array, which is also TypeScript), on stdout;
 * what was left out, and why, goes to stderr.
 */
export const opmlImportCommand: Command = async (args, io) => {
  const [path] = args;
  if (path === undefined || args.length > 1) {
    io.stderr.write(USAGE);
    return 2;
  }
  let xml: string;
  try {
    xml = path === "-" ? await text(io.stdin) : await readFile(path, "utf8");
  } catch (error) {
    io.stderr.write(`${path}: cannot read (${(error as Error).message})\n`);
    return 1;
  }
  try {
    const { outlines } = readOpml(xml);
    const { feeds, notes } = outlinesToFeeds(outlines);
    for (const note of notes) io.stderr.write(`${note}\n`);
    io.stderr.write(
      `${feeds.length} feeds from ${path}; paste them into the feeds array of feeds.config.ts\n`,
    );
    io.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
    return feeds.length === 0 && outlines.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof OpmlError)) throw error;
    io.stderr.write(`${path}: ${error.message}\n`);
    return 1;
  }
};
