import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import { MAX_ITEMS } from "../../src/normalise/normalise-feed.ts";
import { FeedParseError } from "../../src/parse/feed-parse-error.ts";
import { readAtom } from "../../src/parse/read-atom.ts";
import { readRss } from "../../src/parse/read-rss.ts";
import { CONTEXT, parseFixture, readFixture } from "./fixture.ts";

const UNSAFE_HTML = /<(script|style|iframe|object|embed|form|svg)\b|\son\w+\s*=|javascript:|vbscript:|data:/i;

function rss(items: string): string {
  return `<rss version="2.0"><channel><title>Load</title><link>https://load.example/</link>${items}</channel></rss>`;
}

async function parseError(text: string): Promise<FeedParseError> {
  const error = await parseFeed(text, CONTEXT).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedParseError);
  return error as FeedParseError;
}

describe("entity declarations", () => {
  it.each(["billion-laughs.xml", "xxe.xml"])("%s is refused with a clear reason", async (fixture) => {
    const error = await parseError(readFixture(fixture));
    expect(error.message).toMatch(/^refused: the DOCTYPE declares XML entities/);
  });

  // Below the refusal: sax itself must neither expand DTD entities nor read external ones.
  const readers = [
    ["RSS", readRss, (entity: string) => rss(`<item><title>&${entity};</title><guid>e</guid></item>`)],
    [
      "Atom",
      readAtom,
      (entity: string) =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&${entity};</title></entry></feed>`,
    ],
  ] as const;
  it.each(
    readers.flatMap(([format, read, body]) => [
      { format, fixture: "billion-laughs.xml", read, body: body("lol9") },
      { format, fixture: "xxe.xml", read, body: body("secret") },
    ]),
  )(
    "the $format reader alone fails on the DTD of $fixture without expanding or leaking",
    async ({ fixture, read, body }) => {
      const doctype = /<!DOCTYPE[\s\S]*?\]>/.exec(readFixture(fixture))?.[0];
      const outcome = await read(`${doctype}\n${body}`).then(
        (feed) => JSON.stringify(feed),
        (error: Error) => `${error.name}: ${error.message}`,
      );
      expect(outcome).toMatch(/^FeedParseError: not well-formed XML: Invalid character entity/);
      expect(outcome).not.toContain("root:");
      expect(outcome).not.toContain("lollol");
    },
  );
});

describe("documents that are not feeds", () => {
  it.each([
    ["an empty document", "", /^not a feed: the document is empty$/],
    ["whitespace", " \n\t ", /^not a feed: the document is empty$/],
    ["an HTML page", readFixture("html-page.html"), /^not a feed: got an HTML page$/],
    ["an HTML page without doctype", "<html><body>hello</body></html>", /^not a feed: got an HTML page$/],
    ["plain text", "Service temporarily unavailable", /^not a feed: expected XML or JSON/],
    [
      "another XML vocabulary",
      "<?xml version='1.0'?><sitemap/>",
      /^not a feed: the XML root element is <sitemap>/,
    ],
    [
      "broken XML",
      rss("<item><title>unclosed</item>"),
      /^not well-formed XML: Unexpected close tag at line 1/,
    ],
    [
      "RSS without a channel",
      '<rss version="2.0"></rss>',
      /^not a feed: the RSS root element has no <channel>$/,
    ],
    ["broken JSON", '{"version": ', /^not a feed: invalid JSON/],
    [
      "JSON that is not a JSON Feed",
      '{"status": "ok"}',
      /^invalid JSON Feed: version: expected https:\/\/jsonfeed/,
    ],
    ["a JSON array", "[1, 2]", /^invalid JSON Feed: expected a JSON object$/],
    [
      "a JSON Feed whose items are no array",
      readFixture("jsonfeed-invalid.json"),
      /^invalid JSON Feed: items: /,
    ],
  ])("%s gives a FeedParseError", async (_, text, message) => {
    expect((await parseError(text)).message).toMatch(message);
  });

  it("random bytes give a FeedParseError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 512 }), async (bytes) => {
        await parseError(Buffer.from(bytes).toString("latin1"));
      }),
      { numRuns: 100, seed: 20240310 },
    );
  });
});

describe("harmless noise around a feed", () => {
  it.each([
    [
      "a byte-order mark before JSON",
      `\uFEFF{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1"}]}`,
    ],
    ["a byte-order mark before XML", `\uFEFF<?xml version="1.0"?>${rss("<item><guid>1</guid></item>")}`],
    [
      "blank lines before the XML declaration",
      `\n\n  <?xml version="1.0"?>${rss("<item><guid>1</guid></item>")}`,
    ],
  ])("%s is ignored", async (_, text) => {
    expect((await parseFeed(text, CONTEXT)).items.map((item) => item.guid)).toEqual(["1"]);
  });
});

describe("an empty but valid feed", () => {
  it.each([
    ["RSS", readFixture("empty-rss.xml")],
    ["Atom", readFixture("empty-atom.xml")],
    ["JSON Feed", '{"version": "https://jsonfeed.org/version/1.1", "title": "Quiet", "items": []}'],
  ])("%s gives zero items and no errors", async (_, text) => {
    const parsed = await parseFeed(text, CONTEXT);
    expect(parsed.items).toEqual([]);
    expect(parsed.errors).toEqual([]);
  });
});

describe("markup attacks", () => {
  it("leave titles as plain text and content without anything executable", async () => {
    const parsed = await parseFixture("hostile-markup.xml");
    const [item] = parsed.items;
    expect(parsed.meta.title).toBe("Totally Normal News");
    expect(item?.title).toBe("Officials deny reports of unrest");
    expect(item?.summary).toBe("Protests continued into the night.");
    // A javascript: link is no link at all.
    expect(item?.link).toBeNull();
    const html = item?.contentHtml ?? "";
    expect(html).not.toMatch(UNSAFE_HTML);
    expect(html).not.toContain("fallback text inside the frame");
    expect(html).not.toContain("svg text");
    expect(html).not.toContain("style=");
    expect(html).toContain("<p>Protests continued into the night in the capital.</p>");
    expect(html).toContain(
      '<img src="https://normal-news.example/photos/crowd.jpg" alt="Crowd in the square" />',
    );
    expect(html).toContain('<a href="https://normal-news.example/report/full">Full report</a>');
  });
});

describe("markup escaped twice", () => {
  // Once the XML is decoded these still read "<script>…" and "<img …>": a reader that renders
  // them as HTML would run them, so the second cleaning pass must drop them.
  it("leaves no markup in titles or author names", async () => {
    const twice = (html: string) =>
      html.replace(/&/g, "&amp;amp;").replace(/</g, "&amp;lt;").replace(/>/g, "&amp;gt;");
    const parsed = await parseFeed(
      rss(`<item xmlns:dc="http://purl.org/dc/elements/1.1/"><guid>twice</guid>
        <title>${twice("<script>alert(1)</script>Levee holds")}</title>
        <dc:creator>${twice("<script>alert(2)</script>")}</dc:creator>
        <dc:creator>${twice('<img src=x onerror="alert(3)">Jane Roe')}</dc:creator>
        <author>${twice("desk@load.example (<b onmouseover=alert(4)>Night desk</b>)")}</author></item>`),
      CONTEXT,
    );
    const [item] = parsed.items;
    expect(item?.title).toBe("Levee holds");
    expect(item?.author).toBe("Jane Roe, Night desk");
  });
});

describe("size limits", () => {
  it("caps a 1 MB title and a 1 MB summary", async () => {
    const huge = "Warning ".repeat(131_072);
    const parsed = await parseFeed(
      rss(`<item><title>${huge}</title><description>${huge}</description><guid>big</guid></item>`),
      CONTEXT,
    );
    const [item] = parsed.items;
    expect(item?.title.length).toBeLessThanOrEqual(1_000);
    expect(item?.title).toMatch(/^Warning Warning .*…$/);
    expect(item?.summary.length).toBeLessThanOrEqual(5_000);
  });

  it(`keeps the newest ${MAX_ITEMS} of 100,000 items and says so`, async () => {
    const count = 100_000;
    // Item i is i minutes after the epoch below, so the newest are the last ones.
    const start = Date.UTC(2024, 0, 1);
    const items = Array.from({ length: count }, (_, i) => {
      const date = new Date(start + i * 60_000).toUTCString();
      return `<item><title>Bulletin ${i}</title><guid>b${i}</guid><pubDate>${date}</pubDate></item>`;
    }).join("");
    const parsed = await parseFeed(rss(items), CONTEXT);
    expect(parsed.items).toHaveLength(MAX_ITEMS);
    expect(parsed.errors).toEqual([
      `feed has ${count} items; kept the newest ${MAX_ITEMS}, skipped ${count - MAX_ITEMS}`,
    ]);
    expect(parsed.items[0]?.guid).toBe(`b${count - MAX_ITEMS}`);
    expect(parsed.items.at(-1)?.guid).toBe(`b${count - 1}`);
  });
});

// Each of these stalled the process for seconds in a regex that retried every split of the run.
describe("fields made to make regexes backtrack", () => {
  it("refuses a DOCTYPE followed by 100,000 spaces and no end as malformed", async () => {
    const error = await parseError(`<!DOCTYPE rss${" ".repeat(100_000)}`);
    expect(error.message).toBe("not well-formed XML: unterminated DOCTYPE");
  });

  it("still reads a DOCTYPE with spaces before its end", async () => {
    const parsed = await parseFeed(
      `<!DOCTYPE rss   >${rss("<item><title>Ok</title><guid>d</guid></item>")}`,
      CONTEXT,
    );
    expect(parsed.items.map((item) => item.title)).toEqual(["Ok"]);
  });

  it("drops a date of 150,000 '(' and an author of 150,000 letters, keeping the item", async () => {
    const parsed = await parseFeed(
      rss(
        `<item><title>Kept</title><guid>k</guid><pubDate>${"(".repeat(150_000)}</pubDate><author>${"a".repeat(150_000)}</author></item>`,
      ),
      CONTEXT,
    );
    const [item] = parsed.items;
    expect(item?.title).toBe("Kept");
    expect(item?.published).toBe(CONTEXT.now.toISOString());
    expect(item?.author?.length).toBeLessThanOrEqual(200);
  });

  it("reads a link longer than any real URL as no link", async () => {
    const parsed = await parseFeed(
      rss(`<item><title>Long link</title><link>https://x.example/${"a".repeat(10_000)}</link></item>`),
      CONTEXT,
    );
    expect(parsed.items[0]?.link).toBeNull();
  });
});
