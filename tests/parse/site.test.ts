import { describe, expect, it } from "vitest";
import { sameSite } from "../../src/normalise/site.ts";

describe("sameSite", () => {
  it.each([
    ["https://feeds.outlet.example/rss", "https://www.outlet.example/news/1", true],
    ["https://outlet.example/feed", "http://OUTLET.example./a", true],
    ["https://feeds.bbc.co.uk/news/rss.xml", "https://www.bbc.co.uk/news/1", true],
    ["https://news.abc.net.au/feed", "https://www.abc.net.au/a", true],
    ["https://mirror.example/rss", "https://www.outlet.example/news/1", false],
    ["https://other.co.uk/rss", "https://www.bbc.co.uk/news/1", false],
    ["https://outlet.example.evil.example/rss", "https://www.outlet.example/a", false],
    ["http://127.0.0.1:8080/feed", "http://127.0.0.1/a", true],
    ["https://outlet.example/feed", "not a url", false],
  ])("%s and %s: %s", (feed, article, expected) => {
    expect(sameSite(feed, article)).toBe(expected);
  });
});
