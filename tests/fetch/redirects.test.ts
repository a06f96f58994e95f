import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ENGLISH_RSS, testLimits } from "./fixtures/feeds.ts";

let server: TestServer;
const hits: string[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? "/";
    hits.push(path);
    const hop = path.match(/^\/chain\/(\d+)$/);
    if (hop) return void res.writeHead(302, { location: `/chain/${Number(hop[1]) + 1}` }).end();
    const left = Number(path.match(/^\/countdown\/(\d+)$/)?.[1] ?? Number.NaN);
    if (left > 0) return void res.writeHead(302, { location: `/countdown/${left - 1}` }).end();
    if (left === 0) return void res.writeHead(200).end(ENGLISH_RSS);
    const to = (location: string, status = 301) => void res.writeHead(status, { location }).end("moved");
    switch (path) {
      case "/old":
        return to(`${server.url}/new`, 308);
      case "/relative":
        return to("feeds/../new", 307);
      case "/ping":
        return to("/pong", 302);
      case "/pong":
        return to("/ping", 303);
      case "/metadata":
        return to("http://169.254.169.254/latest/meta-data/");
      case "/to-localhost":
        return to(`http://localhost:${new URL(server.url).port}/new`);
      case "/to-file":
        return to("file:///etc/passwd");
      case "/nowhere":
        return void res.writeHead(302).end();
      case "/new":
        return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(ENGLISH_RSS);
      default:
        res.writeHead(404).end();
    }
  });
});
afterAll(() => server.close());

async function failure(path: string, maxRedirects = 5): Promise<FetchError> {
  const error = await fetchFeed(`${server.url}${path}`, null, testLimits({ maxRedirects })).catch((e) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("redirects", () => {
  it("follows an absolute redirect and reports the final URL", async () => {
    const result = await fetchFeed(`${server.url}/old`, null, testLimits());
    expect(result).toMatchObject({ kind: "ok", url: `${server.url}/new` });
    expect(result.kind === "ok" && result.text).toBe(ENGLISH_RSS);
  });

  it("resolves a relative Location against the current URL", async () => {
    const result = await fetchFeed(`${server.url}/relative`, null, testLimits());
    expect(result.url).toBe(`${server.url}/new`);
  });

  it("follows up to maxRedirects hops and no more", async () => {
    const result = await fetchFeed(`${server.url}/countdown/3`, null, testLimits({ maxRedirects: 3 }));
    expect(result).toMatchObject({ kind: "ok", url: `${server.url}/countdown/0` });
    await expect(
      fetchFeed(`${server.url}/countdown/3`, null, testLimits({ maxRedirects: 2 })),
    ).rejects.toThrow(/more than 2 redirects, last to .*\/countdown\/0$/);
    expect(await failure("/countdown/1", 0)).toMatchObject({ code: "redirects" });
  });

  it("detects a loop", async () => {
    const error = await failure("/ping", 10);
    expect(error).toMatchObject({ code: "redirects", permanent: false });
    expect(error.message).toContain("loop");
    expect(hits.filter((path) => path === "/ping")).toHaveLength(1);
  });

  it("gives up on a chain longer than the limit", async () => {
    const error = await failure("/chain/0", 5);
    expect(error.code).toBe("redirects");
    expect(hits).not.toContain("/chain/6");
  });

  it("reports a redirect without a Location", async () => {
    expect(await failure("/nowhere")).toMatchObject({ code: "http", permanent: false });
  });
});

describe("redirects and the SSRF guard", () => {
  it("blocks a redirect to the cloud metadata address", async () => {
    const error = await failure("/metadata");
    expect(error).toMatchObject({ code: "blocked", permanent: true });
    expect(error.message).toContain("169.254.169.254");
  });

  it("blocks a redirect to a name that resolves to loopback", async () => {
    const error = await failure("/to-localhost");
    expect(error).toMatchObject({ code: "blocked", permanent: true });
    expect(error.message).toContain("localhost");
  });

  it("blocks a redirect to a non-http scheme", async () => {
    expect(await failure("/to-file")).toMatchObject({ code: "blocked", permanent: true });
  });
});
