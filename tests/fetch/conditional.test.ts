import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ENGLISH_RSS, testLimits } from "./fixtures/feeds.ts";

const ETAG = '"harbour-v7"';
const LAST_MODIFIED = "Tue, 04 Mar 2025 06:30:00 GMT";

let server: TestServer;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    seen.push(req.headers);
    const fresh = req.headers["if-none-match"] === ETAG || req.headers["if-modified-since"] === LAST_MODIFIED;
    if (req.url === "/max-age") res.setHeader("cache-control", "public, max-age=600, no-cache");
    if (req.url === "/huge-max-age") res.setHeader("cache-control", "max-age=31536000");
    if (fresh) {
      res.writeHead(304, { etag: ETAG });
      return void res.end();
    }
    res.writeHead(200, { "content-type": "application/rss+xml", etag: ETAG, "last-modified": LAST_MODIFIED });
    res.end(ENGLISH_RSS);
  });
});
afterAll(() => server.close());

describe("conditional GET", () => {
  it("returns the body and both validators on a first fetch", async () => {
    const result = await fetchFeed(`${server.url}/feed`, null, testLimits());
    expect(result).toMatchObject({
      kind: "ok",
      status: 200,
      url: `${server.url}/feed`,
      contentType: "application/rss+xml",
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      minNextPollMs: null,
    });
    expect(result.kind === "ok" && result.text).toBe(ENGLISH_RSS);
    const sent = seen.at(-1);
    expect(sent?.["if-none-match"]).toBeUndefined();
    expect(sent?.["accept-encoding"]).toBe("gzip, deflate, br");
    expect(sent?.["user-agent"]).toBe("sitrep-test/1");
  });

  it("sends the validators back and reports not-modified on 304", async () => {
    const first = await fetchFeed(`${server.url}/feed`, null, testLimits());
    const second = await fetchFeed(`${server.url}/feed`, first.validators, testLimits());
    expect(seen.at(-1)).toMatchObject({ "if-none-match": ETAG, "if-modified-since": LAST_MODIFIED });
    expect(second).toEqual({
      kind: "not-modified",
      status: 304,
      url: `${server.url}/feed`,
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      minNextPollMs: null,
    });
  });

  it("works with Last-Modified alone and keeps it when the 304 omits it", async () => {
    const result = await fetchFeed(
      `${server.url}/feed`,
      { etag: null, lastModified: LAST_MODIFIED },
      testLimits(),
    );
    expect(seen.at(-1)?.["if-none-match"]).toBeUndefined();
    expect(result).toMatchObject({
      kind: "not-modified",
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
    });
  });

  it("refetches in full when the server no longer knows the old ETag", async () => {
    const result = await fetchFeed(`${server.url}/feed`, { etag: '"old"', lastModified: null }, testLimits());
    expect(result).toMatchObject({ kind: "ok", validators: { etag: ETAG } });
  });
});

describe("Cache-Control", () => {
  it("turns max-age into minNextPollMs, ignoring no-cache", async () => {
    const result = await fetchFeed(`${server.url}/max-age`, null, testLimits());
    expect(result.minNextPollMs).toBe(600_000);
  });

  it("caps an absurd max-age at a day", async () => {
    const result = await fetchFeed(`${server.url}/huge-max-age`, null, testLimits());
    expect(result.minNextPollMs).toBe(86_400_000);
  });
});
