import { describe, expect, it } from "vitest";
import { compileMatcher, type Entry } from "../../src/tag/matcher.ts";
import { parseTerm } from "../../src/tag/term.ts";
import { type Token, tokenize } from "../../src/tag/tokens.ts";

const entry = (term: string, value: string, group = "g"): Entry<string> => ({
  words: parseTerm(term, "en"),
  value,
  group,
});

function run(entries: Entry<string>[], title: string, summary = ""): string[] {
  const tokens: Token[] = [];
  const state = { index: 0, sentence: 0 };
  tokenize(title, "title", state, tokens);
  tokenize(summary, "summary", state, tokens);
  return compileMatcher(entries)
    .match(tokens)
    .map((match) => `${match.value}:${match.tokens.map((token) => token.surface).join(" ")}`);
}

describe("compileMatcher", () => {
  it("matches whole words only", () => {
    expect(run([entry("assad", "SY")], "The ambassador met Assad")).toEqual(["SY:Assad"]);
  });

  it("lets the longest match take its words", () => {
    const entries = [
      entry("sudan", "SD"),
      entry("south sudan", "SS"),
      entry("guinea", "GN"),
      entry("papua new guinea", "PG"),
    ];
    expect(run(entries, "South Sudan and Sudan talk; Papua New Guinea waits")).toEqual([
      "SS:South Sudan",
      "SD:Sudan",
      "PG:Papua New Guinea",
    ]);
  });

  it("keeps every entry over exactly the same words, and other groups untouched", () => {
    const entries = [entry("curfew", "a"), entry("curfew*", "b"), entry("night curfew", "c", "other")];
    expect(run(entries, "night curfew")).toEqual(["c:night curfew", "a:curfew", "b:curfew"]);
  });

  it("matches prefixes, compound parts and case-sensitive words", () => {
    const entries = [entry("kasach*", "KZ"), entry("*sperre*", "block"), entry("=US", "US")];
    expect(run(entries, "kasachischen Internetsperren us US")).toEqual([
      "KZ:kasachischen",
      "block:Internetsperren",
      "US:US",
    ]);
  });

  it("answers a compiled matcher's later items the same, each spelling on its own", () => {
    const matcher = compileMatcher([entry("=US", "US"), entry("us", "word"), entry("curfew*", "c")]);
    const matched = (title: string) => {
      const tokens: Token[] = [];
      tokenize(title, "title", { index: 0, sentence: 0 }, tokens);
      return matcher.match(tokens).map((match) => `${match.value}:${match.tokens[0]?.surface}`);
    };
    const first = matched("US curfews: us users");
    expect(first).toEqual(["word:US", "US:US", "c:curfews", "word:us"]);
    expect(matched("us users, US curfew")).toEqual(["word:us", "word:US", "US:US", "c:curfew"]);
    expect(matched("US curfews: us users")).toEqual(first);
  });

  it("never lets a phrase run from the title into the summary", () => {
    expect(run([entry("state of emergency", "soe")], "A state of", "emergency")).toEqual([]);
  });
});
