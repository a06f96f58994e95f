import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFeed } from "../../src/fetch/charset.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import { ItemSchema } from "../../src/model/item.ts";
import { FeedParseError } from "../../src/parse/feed-parse-error.ts";
import { executableParts } from "./executable.ts";
import { absurdDates } from "./hostile-documents.ts";
import { scriptedAtom, scriptedJson, scriptedRss } from "./hostile-markup.ts";

// tests/parse fuzzes RSS and JSON Feed field text; this adds Atom (whose inline XHTML sitrep
// serialises itself) and byte-level damage to whole documents, through the charset decoder too.
const CONTEXT = { feedId: "fuzz", feedUrl: "https://fuzz.example/feed", languageHint: null, now: new Date() };
// A run that takes over 2 s counts as a hang (a synchronous one is caught by vitest's test timeout);
// the whole property stops after 15 s; positions are drawn unbiased, not clustered at the ends.
const BUDGET = {
  numRuns: 300,
  plugins: [fc.timeout(2000), fc.interruptAfterTimeLimit(15_000), fc.unbiased()],
};

/** Parses bytes as the worker does; a document must either be refused or give only sound items. */
async function parseBytes(bytes: Buffer, contentType: string): Promise<"refused" | "parsed"> {
  let parsed: Awaited<ReturnType<typeof parseFeed>>;
  try {
    parsed = await parseFeed(decodeFeed(bytes, contentType), CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return "refused";
  }
  for (const item of parsed.items) {
    expect(ItemSchema.parse(item)).toEqual(item);
    expect(executableParts(item.contentHtml)).toEqual([]);
    // Titles are plain text, but some RSS readers render them as HTML.
    expect(executableParts(item.title)).toEqual([]);
  }
  return parsed.items.length > 0 ? "parsed" : "refused";
}

const MARKUP = fc.constantFrom(
  "<",
  ">",
  "&",
  ";",
  '"',
  "'",
  "/",
  "]]>",
  "<![CDATA[",
  "<!--",
  "-->",
  "&amp;",
  "&#0;",
  "&#x110000;",
  "<script>",
  "</div>",
  ' onclick="x()"',
  "javascript:",
  "\u0000",
  "\uFFFE",
  "\uD800",
  "é",
  "🌊",
);
const edit = fc.record({
  // A fraction of the length: fc.double would crowd near zero, where every double is.
  at: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(MARKUP, fc.string({ maxLength: 6 })),
});

function damage(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  return edits.reduce((current, { at, remove, insert }) => {
    const position = Math.floor(at * current.length);
    return current.slice(0, position) + insert + current.slice(position + remove);
  }, text);
}

const SEEDS: [string, string, string][] = [
  ["RSS", scriptedRss(), "application/rss+xml"],
  ["Atom", scriptedAtom(), "application/atom+xml"],
  ["JSON Feed", scriptedJson(), "application/feed+json"],
  ["dated RSS", absurdDates(), "text/xml; charset=iso-8859-1"],
];

describe("fuzzing the fetch-decode-parse-normalise path", () => {
  it.each(SEEDS)(
    "%s damaged by up to 8 random edits: refused or sound, never a crash or a hang",
    async (_, seed, type) => {
      const outcomes = { refused: 0, parsed: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
          outcomes[await parseBytes(Buffer.from(damage(seed, edits)), type)] += 1;
        }),
        BUDGET,
      );
      // Both paths were exercised: damage that the parser survives, and damage it refuses.
      expect(outcomes.parsed).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(10);
    },
  );

  it("Atom entries with arbitrary text in text, html, xhtml and base64 constructs", async () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), MARKUP);
    const construct = fc.record({
      type: fc.constantFrom('type="text"', 'type="html"', 'type="xhtml"', 'mode="base64"', ""),
      body: fc.array(text, { maxLength: 6 }).map((parts) => parts.join("")),
      wrap: fc.constantFrom("escape", "cdata", "raw"),
    });
    const wrap = ({ type, body, wrap: how }: { type: string; body: string; wrap: string }) => {
      const inner =
        how === "cdata"
          ? `<![CDATA[${body.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`
          : how === "escape"
            ? body.replace(/&/g, "&amp;").replace(/</g, "&lt;")
            : body;
      return type.includes("xhtml")
        ? `${type}><div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`
        : `${type}>${inner}`;
    };
    let parsed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(construct, construct), { minLength: 1, maxLength: 5 }),
        async (entries) => {
          const body = entries
            .map(
              ([title, content], n) =>
                `<entry><id>urn:fuzz:${n}</id><title ${wrap(title)}</title><content ${wrap(content)}</content></entry>`,
            )
            .join("");
          const outcome = await parseBytes(
            Buffer.from(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Fuzz</title>${body}</feed>`),
            "application/atom+xml",
          );
          if (outcome === "parsed") parsed += 1;
        },
      ),
      BUDGET,
    );
    expect(parsed).toBeGreaterThan(10);
  });
});
