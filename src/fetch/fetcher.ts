import type { IncomingMessage } from "node:http";
import { readBody } from "./body.ts";
import { minNextPoll, parseRetryAfter } from "./cache-policy.ts";
import { decodeFeed } from "./charset.ts";
import { asFetchError, FetchError } from "./fetch-error.ts";
import { nextHop, REDIRECT_STATUSES } from "./redirect.ts";
import { sendRequest } from "./request.ts";
import { vetTarget } from "./ssrf.ts";
import { requestHeaders, type Validators, validatorsFrom } from "./validators.ts";

export const DEFAULT_USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep; feed aggregator)";

export interface FetchLimits {
  /** Deadline for the whole download: every redirect hop, headers and body. */
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allowPrivateHosts: string[];
}
export type { Validators };
export type FetchResult =
  | { kind: "not-modified"; status: 304; url: string; validators: Validators; minNextPollMs: number | null }
  | {
      kind: "ok";
      status: number;
      /** Final URL after redirects. */
      url: string;
      /** What the document's relative links resolve against: its Content-Location, else `url`. */
      baseUrl: string;
      /** Decoded to Unicode. */
      text: string;
      contentType: string | null;
      validators: Validators;
      minNextPollMs: number | null;
    };

/**
 * Downloads one feed. Failures reject with a FetchError; an abort through `signal` rejects with the
 * signal's own reason, so a worker shutting down is never mistaken for a broken feed.
 */
export async function fetchFeed(
  url: string,
  previous: Validators | null,
  limits: FetchLimits,
  signal?: AbortSignal,
): Promise<FetchResult> {
  const controller = new AbortController();
  const deadline = setTimeout(() => {
    controller.abort(
      new FetchError("timeout", `no complete response within ${limits.timeoutMs} ms (fetch.timeout)`),
    );
  }, limits.timeoutMs);
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    return await download(url, previous, limits, controller.signal);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : asFetchError(error, url);
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener("abort", cancel);
  }
}

async function download(
  url: string,
  previous: Validators | null,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<FetchResult> {
  signal.throwIfAborted();
  const feed = parseFeedUrl(url);
  let current = feed;
  const visited = new Set([current.href]);
  const headers = requestHeaders(previous, limits.userAgent);
  for (;;) {
    const lookup = vetTarget(current, limits.allowPrivateHosts, feed);
    const res = await sendRequest(current, {
      headers,
      connectTimeoutMs: limits.connectTimeoutMs,
      lookup,
      signal,
    });
    try {
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0)) {
        return await settle(current, res, previous, limits, signal);
      }
      current = nextHop(current, res.headers.location, visited, limits.maxRedirects);
    } finally {
      // Redirect and error bodies are never read, and a fully read body leaves nothing behind.
      res.destroy();
    }
  }
}

async function settle(
  url: URL,
  res: IncomingMessage,
  previous: Validators | null,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<FetchResult> {
  const status = res.statusCode ?? 0;
  const now = Date.now();
  const common = {
    url: url.href,
    validators: validatorsFrom(res.headers, status === 304 ? previous : null),
    minNextPollMs: minNextPoll(res.headers, now),
  };
  if (status === 304) return { kind: "not-modified", status, ...common };
  if (status < 200 || status > 299) {
    throw new FetchError("http", `HTTP ${status} ${res.statusMessage ?? ""}`.trimEnd(), {
      status,
      retryAfterMs: parseRetryAfter(res.headers["retry-after"], now),
    });
  }
  const contentType = res.headers["content-type"] ?? null;
  const text = decodeFeed(await readBody(res, limits.maxBytes, signal), contentType);
  const baseUrl = documentBase(url.href, res.headers["content-location"]);
  return { kind: "ok", status, text, contentType, baseUrl, ...common };
}

/**
 * The base of a document's relative links: a Content-Location header names the document's own
 * address (RFC 9110 §8.7), resolved against the URL it came from after redirects; one that is
 * not http(s) is ignored.
 */
export function documentBase(url: string, contentLocation: string | null | undefined): string {
  if (!contentLocation) return url;
  const location = URL.parse(contentLocation.trim(), url);
  return location && (location.protocol === "http:" || location.protocol === "https:") ? location.href : url;
}

function parseFeedUrl(url: string): URL {
  if (!URL.canParse(url)) throw new FetchError("blocked", `"${url}" is not a URL`);
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed;
}
