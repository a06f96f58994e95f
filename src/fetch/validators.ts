import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/** What a server gave us to ask "has it changed?" next time. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

const ACCEPT = [
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/xml;q=0.9",
  "text/xml;q=0.9",
  "application/json;q=0.8",
  "*/*;q=0.5",
].join(", ");

export function requestHeaders(previous: Validators | null, userAgent: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    "user-agent": userAgent,
    accept: ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (previous?.etag) headers["if-none-match"] = previous.etag;
  if (previous?.lastModified) headers["if-modified-since"] = previous.lastModified;
  return headers;
}

/**
 * The validators a response carries. Pass `previous` only for a 304, which may omit validators it did not
 * change; a 200 without them means the old ones no longer describe anything.
 */
export function validatorsFrom(headers: IncomingHttpHeaders, previous: Validators | null): Validators {
  return {
    etag: headers.etag ?? previous?.etag ?? null,
    lastModified: headers["last-modified"] ?? previous?.lastModified ?? null,
  };
}
