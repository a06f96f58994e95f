import fc from "fast-check";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import { ItemSchema } from "../../src/model/item.ts";
import type { ParsedFeed } from "../../src/normalise/normalise-feed.ts";
import { FeedParseError } from "../../src/parse/feed-parse-error.ts";
import { CONTEXT } from "./fixture.ts";

const SKIPPED = /^item \d+: (no title, link or guid|same guid as item \d+; kept the first)$/;
const SAFE_SCHEMES = /^(https?|mailto):/;
const UNSAFE_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "form",
  "svg",
  "math",
  "base",
  "meta",
  "link",
]);

/** Every element and attribute left in sanitised HTML, checked by parsing it rather than by pattern. */
function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (UNSAFE_TAGS.has(name)) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith("on") || attribute === "style") found.push(`${name}@${attribute}`);
        if ((attribute === "href" || attribute === "src") && !SAFE_SCHEMES.test(value))
          found.push(`${attribute}=${value}`);
      }
    },
  });
  parser.end(html);
  return found;
}

async function parseOrRefuse(text: string): Promise<ParsedFeed | null> {
  try {
    return await parseFeed(text, CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return null;
  }
}

function expectSound(parsed: ParsedFeed, itemCount: number): void {
  for (const item of parsed.items) {
    expect(ItemSchema.parse(item)).toEqual(item);
    expect(unsafeMarkup(item.contentHtml)).toEqual([]);
  }
  // Nothing is lost silently: every item is either returned or reported as skipped.
  expect(parsed.items.length + parsed.errors.filter((error) => SKIPPED.test(error)).length).toBe(itemCount);
}

const value = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "javascript:alert(1)",
    "/relative/path?utm_source=x",
    "Tue, 05 Mar 2024 14:30:00 GMT",
    "0000-00-00",
    "&amp;lt;b&amp;gt;",
    "]]>",
    "",
  ),
);
const FIELDS = ["title", "link", "guid", "pubDate", "description", "category", "author"] as const;
// Elements in any order, any of them missing or repeated, as in real feeds.
const item = fc.array(fc.tuple(fc.constantFrom(...FIELDS), value), { maxLength: 10 });
const encoding = fc.constantFrom("escaped", "cdata", "raw");

function encode(text: string, how: string): string {
  if (how === "cdata") return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
  if (how === "raw") return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

describe("parseFeed fuzzing", () => {
  it("200 RSS documents with arbitrary field text: a FeedParseError or sound items", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), encoding, async (items, how) => {
        const body = items
          .map((fields) => {
            const elements = fields.map(([name, text]) => `<${name}>${encode(text, how)}</${name}>`);
            return `<item>${elements.join("")}</item>`;
          })
          .join("");
        const parsed = await parseOrRefuse(
          `<rss version="2.0"><channel><title>Fuzz</title>${body}</channel></rss>`,
        );
        if (parsed) expectSound(parsed, items.length);
      }),
      { numRuns: 200 },
    );
  });

  it("200 JSON Feeds with arbitrary items: a FeedParseError or sound items", async () => {
    const jsonItem = fc.oneof(
      fc.jsonValue(),
      fc.record(
        Object.fromEntries(
          ["id", "url", "title", "content_html", "date_published"].map((key) => [key, value]),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(jsonItem, { maxLength: 8 }), async (items) => {
        const text = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Fuzz", items });
        const parsed = await parseOrRefuse(text);
        expect(parsed).not.toBeNull();
        if (!parsed) return;
        for (const item of parsed.items) expect(ItemSchema.parse(item)).toEqual(item);
        // Items that fail validation are reported too, so every item is still accounted for.
        const lost = parsed.errors.filter(
          (error) => !/^item \d+: unusable (published|updated) date/.test(error),
        );
        expect(parsed.items.length + lost.length).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });
});
