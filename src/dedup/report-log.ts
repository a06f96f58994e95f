import type { Redis } from "ioredis";
import type { EventFeatures } from "./event-features.ts";
import type { Genre } from "./event-genre.ts";
import type { FiledEvent } from "./event-memory-index.ts";
import type { FiledReport } from "./memory-index.ts";
import { tokenId } from "./minhash.ts";
import type { StoryText } from "./same-story.ts";

/**
 * The dedup log: a Redis stream of filed reports and events, one entry per commit (a feed's new
 * items), that every worker follows to keep its own copy of both indexes. An entry's fields: `k`
 * what its reports and events touched (see `touchText`, `eventTouchText`), `t` when it was filed
 * (ms, the writer's clock), `r` its reports (`encodeReports`) and `e` the stories it filed under
 * events (`encodeEvents`).
 */
export interface LogEntry {
  id: string;
  filedAt: number;
  reports: FiledReport[];
  events: FiledEvent[];
}

/**
 * What a batch's reports read and wrote, as append-log.lua compares them: per report, "@" and the
 * story it joined ("@" alone for a new story), then its bands' buckets and its exact keys (hashed:
 * an address may be long). Batches that share no word cannot change each other's decisions.
 */
export function touchText(reports: FiledReport[]): string {
  return reports
    .map((report) => {
      const joined = report.storyId === report.itemId && !report.exact ? "" : report.storyId;
      const words = report.buckets.map((bucket, band) => `${band}.${bucket.toString(36)}`);
      for (const key of report.keys) words.push(`x${tokenId(key).toString(36)}`);
      return `@${joined} ${words.join(" ")}`;
    })
    .join(" ");
}

/**
 * What a batch's event decisions read and wrote, in touchText's form: per story, "@" and the
 * event it joined ("@" alone for a new event), then its names, each "e" and its hash. The
 * headline's names are the buckets the decision read; the others, marked "w" before, were only
 * written, so append-log.lua compares them with what other batches read but not the reverse.
 */
export function eventTouchText(events: FiledEvent[]): string {
  return events
    .map(({ eventId, features }) => {
      const joined = eventId === features.storyId ? "" : eventId;
      const words = features.names.map(
        (name) => `${features.head.includes(name) ? "" : "w"}e${tokenId(name).toString(36)}`,
      );
      return `@${joined} ${words.join(" ")}`;
    })
    .join(" ");
}

type Packed = [
  itemId: string,
  storyId: string,
  exact: 0 | 1,
  keys: string[],
  buckets: number[],
  language: string | null,
  tokens: number[],
  headline: number[] | null,
  lead: number | null,
  names: string[],
  at: number,
  feed: string | null,
];

/** Numbers stay numbers: one JSON.parse per entry, no schema library on the hot path. */
export function encodeReports(reports: FiledReport[]): string {
  return JSON.stringify(
    reports.map(
      ({ itemId, storyId, exact, keys, buckets, text }): Packed => [
        itemId,
        storyId,
        exact ? 1 : 0,
        keys,
        buckets,
        text.language,
        text.tokens,
        text.headline ?? null,
        text.lead ?? null,
        text.names,
        text.at,
        text.feed ?? null,
      ],
    ),
  );
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "string");
const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "number");
const isGenre = (value: unknown): value is Genre =>
  value === "news" || value === "sport" || value === "remembrance";

function unpack(value: unknown): FiledReport[] {
  if (!Array.isArray(value) || value.length !== 12) return [];
  const [itemId, storyId, exact, keys, buckets, language, tokens, headline, lead, names, at, feed] = value;
  if (typeof itemId !== "string" || typeof storyId !== "string" || typeof at !== "number") return [];
  if (!isStrings(keys) || !isNumbers(buckets) || !isNumbers(tokens) || !isStrings(names)) return [];
  const text: StoryText = { language: typeof language === "string" ? language : null, tokens, names, at };
  if (isNumbers(headline)) text.headline = headline;
  if (typeof lead === "number") text.lead = lead;
  if (typeof feed === "string") text.feed = feed;
  return [{ itemId, storyId, exact: exact === 1, keys, buckets, text }];
}

/** A report that does not parse is skipped: its story stays findable through its other reports. */
export function decodeReports(raw: string): FiledReport[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.flatMap(unpack) : [];
  } catch {
    return [];
  }
}

type PackedEvent = [
  eventId: string,
  storyId: string,
  language: string | null,
  head: string[],
  names: string[],
  tokens: number[],
  crises: string[],
  countries: string[],
  genre: string,
  at: number,
];

export function encodeEvents(events: FiledEvent[]): string {
  return JSON.stringify(
    events.map(
      ({ eventId, features: f }): PackedEvent => [
        eventId,
        f.storyId,
        f.language,
        f.head,
        f.names,
        f.tokens,
        f.crises,
        f.countries,
        f.genre,
        f.at,
      ],
    ),
  );
}

function unpackEvent(value: unknown): FiledEvent[] {
  if (!Array.isArray(value) || value.length !== 10) return [];
  const [eventId, storyId, language, head, names, tokens, crises, countries, genre, at] = value;
  if (typeof eventId !== "string" || typeof storyId !== "string" || typeof at !== "number") return [];
  if (!isStrings(head) || !isStrings(names) || !isNumbers(tokens)) return [];
  if (!isStrings(crises) || !isStrings(countries) || !isGenre(genre)) return [];
  const features: EventFeatures = {
    storyId,
    language: typeof language === "string" ? language : null,
    head,
    names,
    tokens,
    crises,
    countries,
    genre,
    at,
  };
  return [{ eventId, features }];
}

/** An event filing that does not parse is skipped: its story then starts an event of its own. */
export function decodeEvents(raw: string): FiledEvent[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.flatMap(unpackEvent) : [];
  } catch {
    return [];
  }
}

const READ_COUNT = 500;

/**
 * The entries after `after` ("0-0": from the start), oldest first, read `READ_COUNT` at a time;
 * null when `after` itself is gone: Redis lost the log (see append-log.lua).
 */
export async function readLog(redis: Redis, log: string, after: string): Promise<LogEntry[] | null> {
  const entries: LogEntry[] = [];
  let from = after;
  for (;;) {
    // The first page starts at `after` itself, to see that it is still there.
    const start = entries.length === 0 && after !== "0-0" ? after : `(${from}`;
    const page = await redis.xrange(log, start, "+", "COUNT", READ_COUNT);
    if (start === after) {
      if (page[0]?.[0] !== after) return null;
      page.shift();
    }
    for (const [id, fields] of page) {
      const field = new Map<string, string>();
      for (let i = 0; i + 1 < fields.length; i += 2) field.set(fields[i] as string, fields[i + 1] as string);
      entries.push({
        id,
        filedAt: Number(field.get("t")),
        reports: decodeReports(field.get("r") ?? ""),
        events: decodeEvents(field.get("e") ?? "[]"),
      });
      from = id;
    }
    if (page.length < READ_COUNT - (start === after ? 1 : 0)) return entries;
  }
}
