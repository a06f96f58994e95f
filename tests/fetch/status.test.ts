import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { testLimits } from "./fixtures/feeds.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const [, status = "200", retryAfter] = (req.url ?? "").split("/");
    if (retryAfter) res.setHeader("retry-after", decodeURIComponent(retryAfter));
    res.writeHead(Number(status)).end("no feed here");
  });
});
afterAll(() => server.close());

async function failure(path: string): Promise<FetchError> {
  const error = await fetchFeed(`${server.url}${path}`, null, testLimits()).catch((e) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("HTTP status handling", () => {
  it.each([404, 410])("treats %i as permanent", async (status) => {
    const error = await failure(`/${status}`);
    expect(error).toMatchObject({ code: "http", status, permanent: true, retryAfterMs: null });
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it.each([500, 502, 403])("treats %i as temporary", async (status) => {
    expect(await failure(`/${status}`)).toMatchObject({ code: "http", status, permanent: false });
  });

  it("reads Retry-After in seconds on 429", async () => {
    expect(await failure("/429/120")).toMatchObject({ status: 429, permanent: false, retryAfterMs: 120_000 });
  });

  it("reads Retry-After as an HTTP date on 503", async () => {
    const at = new Date(Date.now() + 3_600_000).toUTCString();
    const error = await failure(`/503/${encodeURIComponent(at)}`);
    expect(error.status).toBe(503);
    // The date has whole-second precision, so allow for the rounding and the request in between.
    expect(error.retryAfterMs).toBeGreaterThan(3_590_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it("ignores an unreadable Retry-After", async () => {
    expect((await failure("/429/soon")).retryAfterMs).toBeNull();
  });

  it("accepts any 2xx and reports its status", async () => {
    const result = await fetchFeed(`${server.url}/203`, null, testLimits());
    expect(result).toMatchObject({ kind: "ok", status: 203, text: "no feed here" });
  });

  it("passes a successful response's Retry-After into minNextPollMs", async () => {
    const result = await fetchFeed(`${server.url}/200/90`, null, testLimits());
    expect(result.minNextPollMs).toBe(90_000);
  });

  it("names connection failures as network errors", async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const error = await fetchFeed(`${closed.url}/`, null, testLimits()).catch((e) => e);
    expect(error).toMatchObject({ code: "network", permanent: false });
    expect(error.message).toContain("ECONNREFUSED");
  });
});
