import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { XMLValidator } from "fast-xml-parser";
import { parseOpml } from "feedsmith";
import { afterAll, describe, expect, it } from "vitest";
import { opmlImportCommand } from "../../src/cli/opml-import.ts";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { createTestApi, FEEDS } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-opml");
const { app, deps } = createTestApi(redis, prefix);
const dir = mkdtempSync(join(tmpdir(), "sitrep-opml-"));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** Runs `sitrep opml import` on a document; returns its exit code and both streams. */
async function runImport(xml: string | null, args?: string[]) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.opml`);
  if (xml !== null) writeFileSync(path, xml);
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  const code = await opmlImportCommand(args ?? [path], io);
  io.stdout.end();
  io.stderr.end();
  return { code, stdout: await text(io.stdout), stderr: await text(io.stderr) };
}

/** A feed reader's export, written for this test: folders, a link, a duplicate, two scripts. */
const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE opml [<!ENTITY boom "boomboomboomboomboomboomboomboom">]>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Central Asia" title="Central Asia">
      <outline type="rss" text="Daily Report" xmlUrl="https://bishkek-daily.example/rss" htmlUrl="https://bishkek-daily.example/"/>
      <outline type="rss" text="Новости Казахстана" xmlurl="https://www.kaz-novosti.example/rss.xml" language="ru"/>
      <outline type="rss" title="Tajik &amp; Uzbek Wire &#8212; English" text="ignored" xmlUrl="https://tuw.example/feed?lang=en&amp;format=rss"/>
    </outline>
    <outline text="Africa">
      <outline text="Sahel">
        <outline type="rss" text="Daily Report" xmlUrl="https://niamey-daily.example/feed" language="not a language"/>
        <outline type="rss" text="Café Sahélien &boom;" xmlUrl="https://cafe-sahel.example/atom"/>
      </outline>
      <outline type="link" text="Aid map" url="https://aidmap.example/"/>
    </outline>
    <outline type="rss" text="Daily Report (again)" xmlUrl="https://bishkek-daily.example/rss"/>
    <outline type="rss" text="Old gopher feed" xmlUrl="gopher://old.example/feed"/>
  </body>
</opml>`;

describe("GET /opml", () => {
  it("exports the watched feeds as OPML 2.0 that feedsmith reads back", async () => {
    const response = await app.request("/opml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/x-opml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<opml version="2.0"/);
    const opml = parseOpml(xml);
    expect(opml.head?.title).toBe("sitrep: watched feeds");
    expect(opml.head?.dateCreated).toBe("Tue, 10 Mar 2026 12:00:00 GMT");
    expect(opml.body?.outlines?.map((outline) => [outline.type, outline.text, outline.xmlUrl])).toEqual(
      FEEDS.map((feed) => ["rss", feed.name ?? feed.id, feed.url]),
    );
  });

  it("round-trips through `sitrep opml import` into the same feeds config", async () => {
    const { code, stdout, stderr } = await runImport(await (await app.request("/opml")).text());
    expect(code).toBe(0);
    expect(stderr).toContain("5 feeds from");
    const imported = ConfigSchema.parse({ feeds: JSON.parse(stdout) }).feeds;
    expect(imported).toEqual(
      deps.config().feeds.map((feed) => ({
        id: feed.id,
        url: feed.url,
        name: feed.name ?? feed.id,
        ...(feed.language ? { language: feed.language } : {}),
      })),
    );
  });
});

describe("sitrep opml import", () => {
  it("turns a reader's export into unique config entries and says what it left out", async () => {
    const { code, stdout, stderr } = await runImport(READER_EXPORT);
    expect(code).toBe(0);
    const feeds = JSON.parse(stdout) as unknown[];
    expect(feeds).toEqual([
      { id: "daily-report", url: "https://bishkek-daily.example/rss", name: "Daily Report" },
      {
        id: "kaz-novosti-example",
        url: "https://www.kaz-novosti.example/rss.xml",
        name: "Новости Казахстана",
        language: "ru",
      },
      {
        id: "tajik-uzbek-wire-english",
        url: "https://tuw.example/feed?lang=en&format=rss",
        name: "Tajik & Uzbek Wire — English",
      },
      { id: "daily-report-2", url: "https://niamey-daily.example/feed", name: "Daily Report" },
      // The DOCTYPE's entity is never expanded: it stays as written.
      { id: "cafe-sahelien-boom", url: "https://cafe-sahel.example/atom", name: "Café Sahélien &boom;" },
    ]);
    expect(ConfigSchema.safeParse({ feeds }).success).toBe(true);
    const notes = stderr.trim().split("\n");
    expect(notes).toEqual([
      expect.stringMatching(
        /^"Africa \/ Sahel \/ Daily Report": language dropped \(language must be a BCP 47/,
      ),
      'skipped "Africa / Aid map": not a feed (no xmlUrl)',
      'skipped "Daily Report (again)": same address as feed "daily-report"',
      expect.stringMatching(/^skipped "Old gopher feed": url must be an http\(s\) URL/),
      expect.stringMatching(/^5 feeds from .*\.opml; paste them into the feeds array of feeds.config.ts$/),
    ]);
  });

  it("fails with a clear message on a file that is not OPML, not XML or not there", async () => {
    const broken = await runImport("<opml><body><outline text='a'></body></opml>");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/not well-formed XML: .*\(line 1, column \d+\)/);
    const rss = await runImport('<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
    expect(rss.code).toBe(1);
    expect(rss.stderr).toMatch(/not OPML: the root element is not <opml>/);
    const missing = await runImport(null);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read \(ENOENT/);
    const usage = await runImport(null, []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: sitrep opml import/);
  });

  it("fails when no outline was a usable feed", async () => {
    const { code, stdout } = await runImport(
      '<opml version="2.0"><head/><body><outline text="Just a note"/></body></opml>',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
