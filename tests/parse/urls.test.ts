import { describe, expect, it } from "vitest";
import { canonicalUrl, resolveBase, resolveUrl } from "../../src/normalise/url.ts";

describe("canonicalUrl", () => {
  const story = "https://gazette.example/labour/port-strike?story=77";
  it.each([
    "https://gazette.example/labour/port-strike?story=77",
    "http://gazette.example/labour/port-strike?story=77",
    "https://www.gazette.example/labour/port-strike?story=77",
    "https://gazette.example/labour/port-strike/?story=77",
    "https://gazette.example/labour/port-strike?story=77#comments",
    "https://GAZETTE.example/labour/port-strike?utm_source=rss&utm_medium=feed&story=77",
    "https://gazette.example/labour/port-strike?fbclid=x&gclid=y&dclid=z&msclkid=w&story=77",
    "https://gazette.example/labour/port-strike?story=77&mc_cid=1&mc_eid=2&yclid=3&_ga=4&_gl=5&igshid=6",
    "https://gazette.example/labour/port-strike?ref=homepage&story=77&ref_src=twsrc",
  ])("%s → the same key", (link) => {
    expect(canonicalUrl(link)).toBe(story);
  });

  it.each([
    ["https://gazette.example/a?b=2&a=1", "https://gazette.example/a?a=1&b=2"],
    ["https://gazette.example/", "https://gazette.example"],
    // Parameters that select content stay.
    ["https://gazette.example/read?id=5", "https://gazette.example/read?id=5"],
    ["https://gazette.example/read?id=6", "https://gazette.example/read?id=6"],
  ])("%s → %s", (link, key) => {
    expect(canonicalUrl(link)).toBe(key);
  });

  it("is null without a link", () => {
    expect(canonicalUrl(null)).toBeNull();
  });
});

describe("resolveUrl", () => {
  const base = "https://news.example/world/europe/";
  it.each([
    ["story.html", "https://news.example/world/europe/story.html"],
    ["../africa/story", "https://news.example/world/africa/story"],
    ["/about", "https://news.example/about"],
    ["//cdn.example/pic.jpg", "https://cdn.example/pic.jpg"],
    ["  https://other.example/x  ", "https://other.example/x"],
    ["javascript:alert(1)", null],
    ["java\nscript:alert(1)", null],
    ["data:text/html,hi", null],
    ["mailto:desk@news.example", null],
    ["", null],
    [null, null],
  ])("%j → %j", (value, expected) => {
    expect(resolveUrl(value, base)).toBe(expected);
  });

  it("resolves relative links to nothing without a base", () => {
    expect(resolveUrl("story.html", null)).toBeNull();
  });

  it("allows other schemes only when asked", () => {
    expect(resolveUrl("mailto:desk@news.example", base, new Set(["mailto:"]))).toBe(
      "mailto:desk@news.example",
    );
  });
});

describe("resolveBase", () => {
  it("resolves each base against the one before it", () => {
    expect(resolveBase("https://feeds.example/a/feed.xml", "../site/", "2024/")).toBe(
      "https://feeds.example/site/2024/",
    );
  });

  it("passes over bases that are not http(s)", () => {
    expect(resolveBase("https://feeds.example/feed.xml", "javascript:void(0)", null)).toBe(
      "https://feeds.example/feed.xml",
    );
  });
});
