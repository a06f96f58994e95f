import { describe, expect, it } from "vitest";
import { element, emptyElement, escapeXml, textElement } from "../../src/render/xml.ts";

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops characters XML 1.0 forbids and keeps every script and astral character", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe\uFFFF")).toBe("abcde");
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone  surrogate");
    expect(escapeXml("tab\tline\ncr\r")).toBe("tab\tline\ncr\r");
    expect(escapeXml("Қазақстан · السودان · 🌊")).toBe("Қазақстан · السودان · 🌊");
  });
});

describe("element helpers", () => {
  it("escape attribute values and leave out absent attributes and elements", () => {
    expect(emptyElement("link", { href: "/a?b=1&c=2", title: null, hreflang: undefined })).toBe(
      '<link href="/a?b=1&amp;c=2"/>',
    );
    expect(textElement("title", null)).toBe("");
    expect(element("p", { class: "x" }, [textElement("b", "1 < 2")])).toBe(
      '<p class="x"><b>1 &lt; 2</b></p>',
    );
  });
});
