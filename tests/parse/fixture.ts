import { readFileSync } from "node:fs";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import type { ParseContext, ParsedFeed } from "../../src/normalise/normalise-feed.ts";

/** The moment every fixture is parsed at: after all fixture dates, so none is "in the future". */
export const NOW = new Date("2024-03-10T00:00:00Z");

export const CONTEXT: ParseContext = {
  feedId: "fixture",
  feedUrl: "https://feeds.fixture.example/path/feed.xml",
  languageHint: "en-GB",
  now: NOW,
};

export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), "utf8");
}

export function parseFixture(name: string, context: Partial<ParseContext> = {}): Promise<ParsedFeed> {
  return parseFeed(readFixture(name), { ...CONTEXT, ...context });
}
