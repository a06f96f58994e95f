import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { testLimits } from "./fixtures/feeds.ts";

let http: TestServer;
let arrived: () => void = () => {};
/** Accepts TCP but never answers a TLS handshake, so only the connect timeout can end an https fetch. */
let silent: Server;
const silentSockets = new Set<Socket>();

beforeAll(async () => {
  http = await startServer((req, res) => {
    arrived();
    if (req.url === "/drip") {
      res.writeHead(200, { "content-type": "text/xml" });
      res.write("<rss>");
      const drip = setInterval(() => res.write(" "), 100);
      res.on("close", () => clearInterval(drip));
    }
    // Any other path: headers never come.
  });
  silent = createServer((socket) => {
    silentSockets.add(socket);
    socket.on("close", () => silentSockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  await Promise.all([http.close(), new Promise((resolve) => silent.close(resolve))]);
});

describe("deadlines", () => {
  it("fails a slow drip at the total deadline although bytes keep coming", async () => {
    const error = await fetchFeed(`${http.url}/drip`, null, testLimits({ timeoutMs: 600 })).catch((e) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: "timeout", permanent: false });
    expect(error.message).toContain("600 ms");
  });

  it("fails a server that never sends headers", async () => {
    const error = await fetchFeed(`${http.url}/stall`, null, testLimits({ timeoutMs: 300 })).catch((e) => e);
    expect(error).toMatchObject({ code: "timeout" });
  });

  it("fails a handshake that never completes at the connect timeout", async () => {
    const { port } = silent.address() as AddressInfo;
    const limits = testLimits({ connectTimeoutMs: 200, timeoutMs: 10_000 });
    const error = await fetchFeed(`https://127.0.0.1:${port}/`, null, limits).catch((e) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("no connection");
  });
});

describe("external abort", () => {
  it("rejects with the signal's reason once the caller aborts", async () => {
    const controller = new AbortController();
    const reason = new Error("worker shutting down");
    arrived = () => controller.abort(reason);
    const error = await fetchFeed(`${http.url}/stall`, null, testLimits(), controller.signal).catch((e) => e);
    arrived = () => {};
    expect(error).toBe(reason);
  });

  it("does not start when the signal is already aborted", async () => {
    let requests = 0;
    arrived = () => {
      requests += 1;
    };
    const error = await fetchFeed(`${http.url}/stall`, null, testLimits(), AbortSignal.abort()).catch(
      (e) => e,
    );
    arrived = () => {};
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(requests).toBe(0);
  });
});
