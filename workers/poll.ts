import { createHash } from "node:crypto";
import { UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import type { FeedConfig } from "../src/config/feeds.ts";
import { FetchError } from "../src/fetch/fetch-error.ts";
import { type FetchLimits, fetchFeed } from "../src/fetch/fetcher.ts";
import type { HostLimiter } from "../src/fetch/host-limiter.ts";
import { ProcessingLimitError } from "../src/ingest/feed-processor.ts";
import type { Tagger } from "../src/ingest/prepare.ts";
import type { FetchedDocument, ProcessedFeed } from "../src/ingest/process-feed.ts";
import { readSeen } from "../src/ingest/seen-items.ts";
import { type DedupIndexes, type StoreResult, storeItems } from "../src/ingest/store-items.ts";
import type { Logger } from "../src/log.ts";
import { FeedParseError } from "../src/parse/feed-parse-error.ts";
import type { Config } from "../src/setup/config-schema.ts";
import { type FeedStatus, readStatus, writeStatus } from "../src/store/feed-status.ts";
import type { StoreKeys } from "../src/store/keys.ts";
import { failureBackoffMs, failuresAfter, PERMANENT_FAILURE_RETRY_MS } from "./backoff.ts";
import { entryOf } from "./fresh-start.ts";

export interface PollDeps {
  redis: Redis;
  keys: StoreKeys;
  config: Config;
  /** The configured feeds by id: looked up on every poll, so not searched for in a list of thousands. */
  feeds: ReadonlyMap<string, FeedConfig>;
  limits: FetchLimits;
  hosts: HostLimiter;
  tag: Tagger;
  /** Parses, sanitises and tags a document: on a processing thread within its budget, in the service. */
  process(document: FetchedDocument): Promise<ProcessedFeed>;
  indexes: DedupIndexes;
  log: Logger;
  now: () => Date;
}

export type PollOutcome =
  | { kind: "skipped"; reason: string }
  | { kind: "not-modified" }
  | ({
      kind: "stored";
      items: number;
      /** Items stored before exactly as they are now: skipped, see seen-items.ts. */
      unchanged: number;
      parseErrors: string[];
    } & StoreResult);

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/**
 * What every poll notes, however it ends: when it went out, and the config entry it went out
 * with (see fresh-start.ts). Written with the poll's outcome, in the same command.
 */
const attempted = (feed: FeedConfig, started: Date): Partial<FeedStatus> => ({
  lastAttemptAt: started.toISOString(),
  entry: entryOf(feed),
});

const hashBody = (text: string) => createHash("sha1").update(text).digest("base64");

/**
 * One poll of one feed: fetch (conditionally), parse, prepare, store, and record the
 * feed's status. A retry of a failed attempt skips the failure backoff (BullMQ already
 * spaced it) but still honours a server's Retry-After or max-age, and adds no failure of
 * its own: a scheduled tick counts once however many attempts it takes. A poll asked for
 * now (`askedNow`) ignores every rest: someone wants to know how the feed fares at once.
 */
export async function pollFeed(
  deps: PollDeps,
  feedId: string,
  isRetry: boolean,
  askedNow = false,
): Promise<PollOutcome> {
  const feed = deps.feeds.get(feedId);
  if (!feed) return { kind: "skipped", reason: "feed is no longer configured" };
  const started = deps.now();
  const status = await readStatus(deps.redis, deps.keys, feedId);
  const waitUntil = askedNow ? null : isRetry && !status.disabled ? status.serverFloor : status.notBefore;
  if (waitUntil && Date.parse(waitUntil) > started.getTime()) {
    return { kind: "skipped", reason: `resting until ${waitUntil}` };
  }
  const interval = feed.interval ?? deps.config.defaultInterval;
  // The HTTP status of a response that then fails to parse still belongs in the feed's status.
  const response = { status: null as number | null };
  try {
    return await fetchAndStore(deps, feed, status, started, interval, response);
  } catch (error) {
    await recordFailure(deps, feed, status, started, error, interval, isRetry, response.status);
    // A document too costly to process, like one that is no feed, would be so again at once.
    const permanent =
      (error instanceof FetchError && error.permanent) ||
      error instanceof FeedParseError ||
      error instanceof ProcessingLimitError;
    throw permanent ? unrecoverable(error) : error;
  }
}

async function fetchAndStore(
  deps: PollDeps,
  feed: FeedConfig,
  status: FeedStatus,
  started: Date,
  interval: number,
  response: { status: number | null },
): Promise<PollOutcome> {
  const host = new URL(feed.url).host;
  const validators = { etag: status.etag, lastModified: status.lastModified };
  const result = await deps.hosts.run(host, () => fetchFeed(feed.url, validators, deps.limits));
  response.status = result.status;
  const floor = result.minNextPollMs ? later(deps.now(), result.minNextPollMs) : null;
  const success: Partial<FeedStatus> = {
    ...attempted(feed, started),
    lastSuccessAt: deps.now().toISOString(),
    lastStatus: result.status,
    lastError: null,
    consecutiveFailures: 0,
    disabled: false,
    notBefore: floor,
    serverFloor: floor,
    nextPollAt: later(started, Math.max(interval, result.minNextPollMs ?? 0)),
    etag: result.validators.etag,
    lastModified: result.validators.lastModified,
  };
  const bodyHash = result.kind === "ok" ? hashBody(result.text) : null;
  // A byte-identical body holds nothing new: parsing it again would only find every item seen.
  if (result.kind === "not-modified" || bodyHash === status.bodyHash) {
    await writeStatus(deps.redis, deps.keys, feed.id, success, {}, status);
    return { kind: "not-modified" };
  }
  const processed = await deps.process({
    text: result.text,
    context: { feedId: feed.id, feedUrl: result.baseUrl, languageHint: feed.language ?? null, now: started },
    feed,
    retentionMs: deps.config.retention,
    seen: await readSeen(deps.redis, deps.keys, feed.id),
  });
  const stored = await storeItems(
    deps.redis,
    deps.keys,
    deps.indexes,
    processed.prepared,
    started,
    deps.config.retention,
    { feedId: feed.id, unseen: processed },
  );
  await writeStatus(
    deps.redis,
    deps.keys,
    feed.id,
    { ...success, bodyHash, itemCount: processed.items, lastError: summariseParseErrors(processed.errors) },
    { itemsStored: stored.created + stored.joined },
    status,
  );
  return {
    kind: "stored",
    items: processed.items,
    unchanged: processed.unchanged,
    parseErrors: processed.errors,
    ...stored,
  };
}

/** Skipped or repaired items are worth showing in the status, though the poll itself succeeded. */
function summariseParseErrors(errors: string[]): string | null {
  if (errors.length === 0) return null;
  const more = errors.length > 3 ? ` (+${errors.length - 3} more)` : "";
  return `item problems: ${errors.slice(0, 3).join("; ")}${more}`;
}

/** Stops BullMQ's retries; the original error rides along so metrics can still tell why. */
function unrecoverable(error: Error): UnrecoverableError {
  const wrapped = new UnrecoverableError(error.message);
  wrapped.cause = error;
  return wrapped;
}

async function recordFailure(
  deps: PollDeps,
  feed: FeedConfig,
  status: FeedStatus,
  started: Date,
  error: unknown,
  interval: number,
  isRetry: boolean,
  httpStatus: number | null,
): Promise<void> {
  const now = deps.now();
  const failures = failuresAfter(status.consecutiveFailures, isRetry);
  const fetchError = error instanceof FetchError ? error : null;
  const permanent = fetchError?.permanent === true;
  const rest = permanent ? PERMANENT_FAILURE_RETRY_MS : failureBackoffMs(failures, interval);
  const floorMs = Math.max(rest, fetchError?.retryAfterMs ?? 0);
  const serverFloor = fetchError?.retryAfterMs ? later(now, fetchError.retryAfterMs) : null;
  const patch: Partial<FeedStatus> = {
    ...attempted(feed, started),
    lastStatus: fetchError?.status ?? httpStatus,
    lastError: error instanceof Error ? error.message : String(error),
    consecutiveFailures: failures,
    disabled: permanent,
    notBefore: later(now, floorMs),
    serverFloor,
    nextPollAt: later(now, Math.max(interval, floorMs)),
  };
  await writeStatus(deps.redis, deps.keys, feed.id, patch, {}, status);
  deps.log.warn({ feedId: feed.id, failures, permanent, err: error }, "poll failed");
}
