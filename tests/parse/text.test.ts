import { describe, expect, it } from "vitest";
import { authorNames } from "../../src/normalise/author.ts";
import { sanitizeContent } from "../../src/normalise/sanitize.ts";
import { distinctLabels, htmlToText, truncate } from "../../src/normalise/text.ts";
import { primaryLanguage } from "../../src/text/language-tag.ts";

describe("htmlToText", () => {
  it.each([
    ["Aid &amp; relief", "Aid & relief"],
    ["Aid &amp;amp; relief", "Aid &amp; relief"],
    ["<p>First paragraph.</p><p>Second one.</p>", "First paragraph. Second one."],
    ["Line one<br>line two", "Line one line two"],
    ["  spaced \n\t out\u00a0text  ", "spaced out text"],
    ["Warning<script>alert('x')</script> issued", "Warning issued"],
    ["<style>p{color:red}</style>Calm <b>returns</b>", "Calm returns"],
    ['<img src=x onerror="alert(1)">Quake hits', "Quake hits"],
    ["a < b and c > d", "a < b and c > d"],
    ["Zürich &ndash; Москва &#8212; 東京", "Zürich – Москва — 東京"],
    ["bell\u0007 and\u0000 nul", "bell and nul"],
    ["Calm \u202Eliated\u202C in \u2067Kyiv\u2069 &#x202d;today", "Calm liated in Kyiv today"],
  ])("%j → %j", (html, text) => {
    expect(htmlToText(html, 1_000)).toBe(text);
  });

  it("caps the text and marks the cut", () => {
    const text = htmlToText("word ".repeat(1_000), 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/^(word )+word…$/);
  });
});

describe("truncate", () => {
  it("never splits a surrogate pair", () => {
    const text = truncate(`${"a".repeat(8)}😀😀😀`, 10);
    expect(text).toBe(`${"a".repeat(8)}…`);
  });

  it("leaves short text alone", () => {
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("distinctLabels", () => {
  it("trims, drops empty and repeated labels, keeps the first spelling", () => {
    expect(distinctLabels([" Floods ", "floods", "", "  ", "Aid &amp; relief", "FLOODS", "Weather"])).toEqual(
      ["Floods", "Aid & relief", "Weather"],
    );
  });
});

describe("authorNames", () => {
  it.each([
    [["desk@herald.example (Tomas Lindqvist)"], "Tomas Lindqvist"],
    [["Tomas Lindqvist <desk@herald.example>"], "Tomas Lindqvist"],
    [["desk@herald.example"], null],
    [["Ana Ruiz", "Ana Ruiz", "  Ben Cole "], "Ana Ruiz, Ben Cole"],
    [["<b>Ana</b> Ruiz"], "Ana Ruiz"],
    [[], null],
  ])("%j → %j", (authors, names) => {
    expect(authorNames(authors)).toBe(names);
  });
});

describe("primaryLanguage", () => {
  it.each([
    ["de-DE", "de"],
    ["en_US", "en"],
    ["RU", "ru"],
    [" fr ", "fr"],
    ["yue-Hant-HK", "yue"],
    ["English", null],
    ["und", null],
    ["", null],
    [null, null],
  ])("%j → %j", (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });
});

describe("sanitizeContent", () => {
  const base = "https://news.example/world/";
  it.each([
    ['<p onclick="x()" style="color:red" class="lead">Text</p>', "<p>Text</p>"],
    ["<script>alert(1)</script><p>after</p>", "<p>after</p>"],
    ["<style>p{}</style><p>after</p>", "<p>after</p>"],
    ['<iframe src="https://evil.example">inside</iframe>kept', "kept"],
    ['<object data="x.swf">fallback</object><embed src="y.swf">', ""],
    ['<form action="/x"><input name="p"><button>Go</button></form>', "Go"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="  JAVASCRIPT:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="vbscript:x">x</a>', "<a>x</a>"],
    ['<a href="data:text/html,hi">x</a>', "<a>x</a>"],
    ['<img src="data:image/png;base64,AAAA">', ""],
    ['<a href="story.html">x</a>', '<a href="https://news.example/world/story.html">x</a>'],
    ['<a href="mailto:desk@news.example">mail</a>', '<a href="mailto:desk@news.example">mail</a>'],
    [
      '<img src="/pic.jpg" alt="Flood" onerror="x()">',
      '<img src="https://news.example/pic.jpg" alt="Flood" />',
    ],
    [
      "<blockquote><p>Quote</p></blockquote><ul><li>one</li></ul>",
      "<blockquote><p>Quote</p></blockquote><ul><li>one</li></ul>",
    ],
    [
      '<table><tr><td colspan="2">cell</td></tr></table>',
      '<table><tr><td colspan="2">cell</td></tr></table>',
    ],
  ])("%j → %j", (html, safe) => {
    expect(sanitizeContent(html, base)).toBe(safe);
  });
});
