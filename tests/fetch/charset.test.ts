import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeFeed } from "../../src/fetch/charset.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import {
  ENGLISH_RSS,
  GERMAN_RSS_LATIN1,
  RUSSIAN_ATOM_KOI8,
  RUSSIAN_RSS_1251,
  testLimits,
} from "./fixtures/feeds.ts";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const BODIES: Record<string, { contentType: string; body: Buffer }> = {
  "/cp1251": { contentType: "application/rss+xml", body: iconv.encode(RUSSIAN_RSS_1251, "windows-1251") },
  "/koi8": {
    contentType: "application/atom+xml; charset=KOI8-R",
    body: iconv.encode(RUSSIAN_ATOM_KOI8, "koi8-r"),
  },
  "/latin1": {
    contentType: 'text/xml; charset="ISO-8859-1"',
    body: iconv.encode(GERMAN_RSS_LATIN1, "latin1"),
  },
  "/bom": { contentType: "application/rss+xml", body: Buffer.concat([BOM, Buffer.from(ENGLISH_RSS)]) },
};

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const entry = BODIES[req.url ?? ""];
    if (!entry) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": entry.contentType }).end(entry.body);
  });
});
afterAll(() => server.close());

async function textOf(path: string): Promise<string> {
  const result = await fetchFeed(`${server.url}${path}`, null, testLimits());
  if (result.kind !== "ok") throw new Error(`expected a body from ${path}`);
  return result.text;
}

describe("character sets over HTTP", () => {
  it("reads windows-1251 named only in the XML declaration", async () => {
    const text = await textOf("/cp1251");
    expect(text).toBe(RUSSIAN_RSS_1251);
    expect(text).toContain("Паводок отрезал три деревни");
  });

  it("reads KOI8-R named only in the Content-Type header", async () => {
    expect(await textOf("/koi8")).toBe(RUSSIAN_ATOM_KOI8);
  });

  it("reads ISO-8859-1 German umlauts and ß", async () => {
    const text = await textOf("/latin1");
    expect(text).toBe(GERMAN_RSS_LATIN1);
    expect(text).toContain("Fähre über den Fluss");
  });

  it("strips a UTF-8 byte order mark", async () => {
    const text = await textOf("/bom");
    expect(text.charCodeAt(0)).toBe("<".charCodeAt(0));
    expect(text).toBe(ENGLISH_RSS);
  });
});

describe("decodeFeed", () => {
  const russian = iconv.encode(RUSSIAN_RSS_1251, "windows-1251");

  it("falls back to the XML declaration when the header names an unknown charset", () => {
    expect(decodeFeed(russian, "text/xml; charset=x-no-such-thing")).toBe(RUSSIAN_RSS_1251);
  });

  it("prefers the header over the declaration when both are known", () => {
    const koi8 = iconv.encode(RUSSIAN_RSS_1251, "koi8-r");
    expect(decodeFeed(koi8, "text/xml; charset=koi8-r")).toBe(RUSSIAN_RSS_1251);
  });

  it("replaces invalid UTF-8 with U+FFFD instead of failing", () => {
    const bytes = Buffer.concat([
      Buffer.from("<a>ok "),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(" ok</a>"),
    ]);
    const text = decodeFeed(bytes, "text/xml; charset=utf-8");
    expect(text.startsWith("<a>ok ")).toBe(true);
    expect(text.endsWith(" ok</a>")).toBe(true);
    expect(text).toContain("\uFFFD");
  });

  it("lets a UTF-16 byte order mark override a wrong header and reads the UTF-16 declaration", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><title>Лавина</title>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(xml, "utf-16be")]);
    expect(decodeFeed(le, "text/xml; charset=iso-8859-1")).toBe(xml);
    expect(decodeFeed(be, null)).toBe(xml);
  });

  it("reads cp1252 punctuation in a feed labelled ISO-8859-1, as browsers do", () => {
    const text = "<title>“Deichbruch” – Stand 14 Uhr</title>";
    expect(decodeFeed(iconv.encode(text, "windows-1252"), "text/xml; charset=iso-8859-1")).toBe(text);
  });

  it("defaults to UTF-8 when nothing names a charset", () => {
    const json = '{"title":"Séisme près de la côte"}';
    expect(decodeFeed(Buffer.from(json), "application/feed+json")).toBe(json);
    expect(decodeFeed(Buffer.from(json), null)).toBe(json);
  });
});
