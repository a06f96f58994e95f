import { describe, expect, it } from "vitest";
import { plainText } from "../../src/tag/plain-text.ts";

const words = (text: string) => text.trim().split(/\s+/);

describe("plainText", () => {
  it("keeps words on either side of a tag apart and decodes entities", () => {
    expect(words(plainText("<p>Kyiv</p><p>Attack on &quot;grid&quot; &amp; depots</p>"))).toEqual([
      "Kyiv",
      "Attack",
      "on",
      '"grid"',
      "&",
      "depots",
    ]);
  });

  it("drops the text of scripts, styles, text areas and options, with what they hold", () => {
    const html =
      "Curfew<script>var war = 1;</script><style>.flood{}</style> in <b>Almaty</b>" +
      "<select><option>Flood <b>zone</b></option></select><textarea>riot</textarea>, calm day";
    expect(words(plainText(html))).toEqual(["Curfew", "in", "Almaty", ",", "calm", "day"]);
  });

  it("leaves escaped markup as the text it is", () => {
    expect(words(plainText("Prices &lt;b&gt;rose&lt;/b&gt; <i>again</i>"))).toEqual([
      "Prices",
      "<b>rose</b>",
      "again",
    ]);
  });
});
