import { readFile } from "node:fs/promises";
import { decodeFeed } from "../fetch/charset.ts";
import { DEFAULT_USER_AGENT, fetchFeed } from "../fetch/fetcher.ts";
import { parseFeed } from "../ingest/parse-feed.ts";
import { type Command, writeLine } from "./io.ts";

const isUrl = (target: string) => /^https?:\/\//i.test(target);

async function readTarget(target: string): Promise<{ text: string; url: string }> {
  if (!isUrl(target)) return { text: decodeFeed(await readFile(target), null), url: `file://${target}` };
  const result = await fetchFeed(target, null, {
    timeoutMs: 30_000,
    connectTimeoutMs: 10_000,
    maxBytes: 15 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: DEFAULT_USER_AGENT,
    // The user named this URL on the command line, so a local address is what they meant.
    allowPrivateHosts: [new URL(target).hostname],
  });
  if (result.kind !== "ok") throw new Error(`unexpected ${result.status}`);
  return { text: result.text, url: result.url };
}

/** `sitrep parse <file-or-url>...`: normalised items as NDJSON; a failing feed prints its error and the rest go on. */
export const parseCommand: Command = async (args, io) => {
  if (args.length === 0) {
    io.stderr.write("usage: sitrep parse <file-or-url>...\n");
    return 2;
  }
  let failures = 0;
  for (const target of args) {
    try {
      const { text, url } = await readTarget(target);
      const parsed = await parseFeed(text, {
        feedId: "cli",
        feedUrl: url,
        languageHint: null,
        now: new Date(),
      });
      for (const item of parsed.items) writeLine(io.stdout, { source: target, ...item });
      for (const error of parsed.errors) writeLine(io.stdout, { source: target, error });
    } catch (error) {
      failures += 1;
      writeLine(io.stdout, { source: target, error: (error as Error).message });
    }
  }
  return failures === args.length ? 1 : 0;
};
