import { describe, expect, it } from "vitest";
import { englishWordTable, isCommonWord, loadEnglishWords } from "../../src/tag/common-words.ts";
import { lookUp } from "../../src/text/shared-string-map.ts";

describe("the English word list in shared memory", () => {
  it("holds every word of the list and nothing else", () => {
    const words = loadEnglishWords();
    const table = englishWordTable();
    expect(words.size).toBeGreaterThan(30_000);
    for (const word of words) expect(lookUp(table, word)).toBe(0);
    for (const absent of ["", "Police", "passau", "reading ", "zzzzq"]) {
      expect(lookUp(table, absent) === 0).toBe(words.has(absent));
    }
    expect(table.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("is consulted for English and unknown text only", () => {
    expect(isCommonWord("police", "en")).toBe(true);
    expect(isCommonWord("police", null)).toBe(true);
    expect(isCommonWord("police", "de")).toBe(false);
    expect(isCommonWord("passau", "en")).toBe(false);
    // A function word of any of the five languages counts whatever the text's language.
    expect(isCommonWord("und", "fr")).toBe(true);
  });
});
