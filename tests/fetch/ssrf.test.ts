import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { guardedLookup, isBlockedAddress, vetTarget } from "../../src/fetch/ssrf.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ENGLISH_RSS, testLimits } from "./fixtures/feeds.ts";

let server: TestServer;
let requests = 0;

beforeAll(async () => {
  server = await startServer((_req, res) => {
    requests += 1;
    res.writeHead(200).end(ENGLISH_RSS);
  });
});
afterAll(() => server.close());

const port = () => new URL(server.url).port;

async function refusal(url: string, allowPrivateHosts: string[] = []): Promise<FetchError> {
  const before = requests;
  const error = await fetchFeed(url, null, testLimits({ allowPrivateHosts })).catch((e) => e);
  expect(error).toBeInstanceOf(FetchError);
  expect(error).toMatchObject({ code: "blocked", permanent: true });
  expect(requests).toBe(before);
  return error as FetchError;
}

describe("SSRF guard on live fetches", () => {
  it("fetches 127.0.0.1 when the operator allows it", async () => {
    const result = await fetchFeed(`${server.url}/`, null, testLimits({ allowPrivateHosts: ["127.0.0.1"] }));
    expect(result.kind).toBe("ok");
  });

  it("blocks 127.0.0.1 when it is not allowed", async () => {
    await refusal(`${server.url}/`);
  });

  it("blocks a name that resolves to loopback, checked on the resolved address", async () => {
    const error = await refusal(`http://localhost:${port()}/`);
    expect(error.message).toMatch(
      /^localhost resolves to non-public (127\.0\.0\.1|::1); to fetch it anyway, add "localhost" to allowPrivateHosts in the config$/,
    );
  });

  it("fetches a private name the operator allowed", async () => {
    const result = await fetchFeed(
      `http://localhost:${port()}/`,
      null,
      testLimits({ allowPrivateHosts: ["LOCALHOST"] }),
    );
    expect(result.kind).toBe("ok");
  });

  it("does not let allowing one host open another", async () => {
    await refusal(`http://localhost:${port()}/`, ["127.0.0.1"]);
  });

  it.each([
    "http://[::1]:9/",
    "http://[::ffff:127.0.0.1]:9/",
    "http://0.0.0.0:9/",
    "http://2130706433:9/",
    "http://169.254.169.254/latest/meta-data/",
    "ftp://example.org/feed",
    "file:///etc/passwd",
    "not a url at all",
  ])("refuses %s", async (url) => {
    await refusal(url);
  });
});

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "100.64.0.1",
    "100.127.255.254",
    "169.254.169.254",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:10.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "2002:a00:1::1",
    "64:ff9b::7f00:1",
    "64:ff9b::10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::1.1.1.1",
    "::ffff:0:127.0.0.1",
    "::ffff:0:c0a8:101",
    "2001:0:7f00:1::1",
    "2001:0:101:101:0:0:f5ff:fffe",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fe80::1%eth0",
    "ff02::1",
    "not-an-address",
  ])("blocks %s", (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    "1.1.1.1",
    "8.8.8.8",
    "100.128.0.1",
    "172.32.0.1",
    "192.169.0.1",
    "2606:4700:4700::1111",
    "::ffff:1.1.1.1",
    "64:ff9b::1.1.1.1",
    "::ffff:0:8.8.8.8",
    "2001:0:101:101::f7f7:f7f7",
  ])("lets public %s through", (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe("guardedLookup", () => {
  it.each([{}, { all: true }])("refuses loopback answers with options %o", async (options) => {
    const error = await new Promise((resolve) => guardedLookup("localhost", options, resolve));
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: "blocked" });
  });
});

describe("vetTarget", () => {
  it("uses the guarded resolver for names and none for allowed hosts or public literals", () => {
    expect(vetTarget(new URL("https://news.example.org/rss"), [])).toBeTypeOf("function");
    expect(vetTarget(new URL("http://[::1]/"), ["::1"])).toBeUndefined();
    expect(vetTarget(new URL("http://LocalHost/"), ["localhost"])).toBeUndefined();
    expect(vetTarget(new URL("http://1.1.1.1/"), [])).toBeUndefined();
  });

  it("lets an allowed host through only on its port, and only as the feed's own host", () => {
    const hop = new URL("http://127.0.0.1:8081/feed");
    expect(vetTarget(hop, ["127.0.0.1:8081"])).toBeUndefined();
    expect(vetTarget(new URL("http://[::1]:8081/"), ["[::1]:8081"])).toBeUndefined();
    expect(() => vetTarget(new URL("http://127.0.0.1:6379/"), ["127.0.0.1:8081"])).toThrow(
      /not a public address/,
    );
    // A redirect from the allowed feed to another port, or from another feed to the allowed host.
    expect(() => vetTarget(new URL("http://127.0.0.1:6379/"), ["127.0.0.1"], hop)).toThrow(/not a public/);
    expect(() => vetTarget(hop, ["127.0.0.1:8081"], new URL("https://news.example.org/"))).toThrow(
      /not a public/,
    );
    expect(vetTarget(new URL("http://127.0.0.1:8081/next"), ["127.0.0.1"], hop)).toBeUndefined();
  });
});
