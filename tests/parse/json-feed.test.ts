import { describe, expect, it } from "vitest";
import { FeedParseError } from "../../src/parse/feed-parse-error.ts";
import { readJsonFeed } from "../../src/parse/read-json-feed.ts";

function feed(items: unknown[], extra: object = {}): string {
  return JSON.stringify({ version: "https://jsonfeed.org/version/1", title: "Wire", items, ...extra });
}

describe("readJsonFeed", () => {
  it("skips an invalid item, naming the field, and keeps the others", () => {
    const raw = readJsonFeed(
      feed([
        { id: "a", title: 42 },
        { id: "b", title: "Kept", tags: ["x", 7] },
        { id: "c", title: "Also kept", authors: [{ name: 3 }] },
        "not an object",
        { id: "d", title: "Fine" },
      ]),
    );
    expect(raw.items.map((item) => [item.position, item.guid])).toEqual([[5, "d"]]);
    expect(raw.errors).toEqual([
      "item 1: title: Invalid input: expected string, received number",
      "item 2: tags[1]: Invalid input: expected string, received number",
      "item 3: authors[0].name: Invalid input: expected string, received number",
      "item 4: Invalid input: expected object, received string",
    ]);
  });

  it("accepts null where the spec says omit", () => {
    const raw = readJsonFeed(
      feed([{ id: "a", url: null, title: null, tags: null, author: null }], { language: null }),
    );
    expect(raw.items).toHaveLength(1);
    expect(raw.errors).toEqual([]);
  });

  it("reads content_text as escaped paragraphs and prefers content_html", () => {
    const raw = readJsonFeed(
      feed([
        { id: "a", content_text: "Water <1 m deep.\n\nRoads open." },
        { id: "b", content_text: "ignored", content_html: "<p>shown</p>" },
      ]),
    );
    expect(raw.items.map((item) => item.contentHtml)).toEqual([
      "<p>Water &lt;1 m deep.</p><p>Roads open.</p>",
      "<p>shown</p>",
    ]);
  });

  it.each([
    [
      "an unknown version",
      { version: "https://jsonfeed.org/version/2" },
      "invalid JSON Feed: version: expected",
    ],
    ["items that are no array", { items: "none" }, "invalid JSON Feed: items: expected an array of items"],
    ["a title that is no string", { title: ["Wire"] }, "invalid JSON Feed: title: Invalid input"],
  ])("refuses %s, naming the field", (_, override, message) => {
    const attempt = () => readJsonFeed(JSON.stringify({ ...JSON.parse(feed([])), ...override }));
    expect(attempt).toThrow(FeedParseError);
    expect(attempt).toThrow(message);
  });
});
