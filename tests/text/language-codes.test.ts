import { describe, expect, it } from "vitest";
import { languageCode, languageName } from "../../src/text/language-codes.ts";

describe("language codes", () => {
  it.each([
    ["ru", "ru"],
    ["RU", "ru"],
    ["rus", "ru"],
    ["ger", "de"],
    ["deu", "de"],
    ["kaz", "kk"],
    ["yue", "yue"],
  ])("reads %s as %s", (text, code) => expect(languageCode(text)).toBe(code));

  it.each(["xyz", "zz", "english", "", "r"])("refuses %j", (text) => expect(languageCode(text)).toBeNull());

  it("names languages in English, and shows a code without a name as it is", () => {
    expect(["ru", "kk", "uk"].map(languageName)).toEqual(["Russian", "Kazakh", "Ukrainian"]);
    expect(languageName("xyz")).toBe("xyz");
  });
});
