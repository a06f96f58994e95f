import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ENGLISH_RSS, testLimits } from "./fixtures/feeds.ts";

const MB = 1024 * 1024;
const BOMB = gzipSync(Buffer.alloc(10 * MB));
const COMPRESSED: Record<string, Buffer> = {
  gzip: gzipSync(ENGLISH_RSS),
  deflate: deflateSync(ENGLISH_RSS),
  br: brotliCompressSync(ENGLISH_RSS),
};

/** An endless source of zeros, so only the client's cap can end the response. */
function zeros(): Readable {
  const block = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      this.push(block);
    },
  });
}

let server: TestServer;

beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const [path, coding = ""] = (req.url ?? "").slice(1).split("/");
    if (path === "compressed") {
      const body = COMPRESSED[coding] ?? Buffer.from("?");
      res.writeHead(200, { "content-encoding": coding, "content-length": body.length });
      return void res.end(body);
    }
    if (path === "bomb") {
      res.writeHead(200, { "content-encoding": "gzip", "content-length": BOMB.length });
      return void res.end(BOMB);
    }
    if (path === "endless-bomb") {
      res.writeHead(200, { "content-encoding": "gzip" });
      return pipeline(zeros(), createGzip(), res).catch(() => {});
    }
    if (path === "endless") {
      res.writeHead(200, { "content-type": "text/xml" });
      return pipeline(zeros(), res).catch(() => {});
    }
    if (path === "declared-huge") {
      res.writeHead(200, { "content-length": 50 * MB });
      return void res.write("<rss>");
    }
    if (path === "chunked") {
      res.writeHead(200, { "content-type": "text/xml" });
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 0x20));
      return void res.end();
    }
    if (path === "garbled") {
      res.writeHead(200, { "content-encoding": "gzip" });
      return void res.end("this was never gzipped");
    }
    if (path === "compress") {
      res.writeHead(200, { "content-encoding": "compress" });
      return void res.end("old unix compress");
    }
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

async function failure(path: string, maxBytes = MB): Promise<FetchError> {
  const error = await fetchFeed(`${server.url}/${path}`, null, testLimits({ maxBytes })).catch((e) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("compressed bodies", () => {
  it.each(["gzip", "deflate", "br"])("decodes %s", async (coding) => {
    const result = await fetchFeed(`${server.url}/compressed/${coding}`, null, testLimits());
    expect(result.kind === "ok" && result.text).toBe(ENGLISH_RSS);
  });

  it("reports a body that is not what its Content-Encoding says", async () => {
    expect(await failure("garbled")).toMatchObject({ code: "decode", permanent: false });
  });

  it("refuses an unsupported Content-Encoding", async () => {
    const error = await failure("compress");
    expect(error.code).toBe("decode");
    expect(error.message).toContain('"compress"');
  });
});

describe("size cap", () => {
  it("fails fast on a Content-Length over the cap", async () => {
    const error = await failure("declared-huge");
    expect(error.code).toBe("too-large");
    expect(error.message).toContain(`Content-Length ${50 * MB}`);
  });

  it("stops a chunked body that grows past the cap", async () => {
    const error = await failure("chunked", MB);
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("on the wire");
  });

  it("lets the same chunked body through under a larger cap", async () => {
    const result = await fetchFeed(`${server.url}/chunked`, null, testLimits({ maxBytes: 4 * MB }));
    expect(result.kind === "ok" && result.text.length).toBe(40 * 64 * 1024);
  });

  it("stops an endless body", async () => {
    expect((await failure("endless")).code).toBe("too-large");
  });

  it("defuses a gzip bomb: 10 MB of zeros in a few KB on the wire", async () => {
    expect(BOMB.length).toBeLessThan(MB / 10);
    const error = await failure("bomb");
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("decompressed");
  });

  it("cuts off a never-ending compressed stream by its decompressed size", async () => {
    // Were the cap only checked after reading, this would end at the deadline instead.
    const error = await failure("endless-bomb");
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("decompressed");
  });
});
