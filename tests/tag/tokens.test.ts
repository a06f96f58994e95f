import { describe, expect, it } from "vitest";
import { type Token, tokenize } from "../../src/tag/tokens.ts";
import { fold } from "../../src/text/fold.ts";
import { words } from "../../src/text/words.ts";

function tokens(text: string): Token[] {
  const into: Token[] = [];
  tokenize(text, "summary", { index: 0, sentence: 0 }, into);
  return into;
}

describe("fold", () => {
  it("lower-cases and drops accents, ё and ß included", () => {
    expect(fold("Élysée")).toBe("elysee");
    expect(fold("Überschwemmung")).toBe("uberschwemmung");
    expect(fold("Ёлка")).toBe("елка");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("Balıkesir")).toBe("balikesir");
  });

  it("keeps Russian й apart from и, so wars are not warriors", () => {
    expect(fold("войны")).toBe("войны");
    expect(fold("воины")).toBe("воины");
    expect(fold("Китай")).toBe("китай");
  });

  it("folds compatibility forms (NFKC)", () => {
    expect(fold("ﬁre")).toBe("fire");
  });
});

describe("tokenize", () => {
  it("splits on hyphens and apostrophes and keeps the surface", () => {
    expect(words("Alma-Ata, Côte d'Ivoire")).toEqual(["alma", "ata", "cote", "d", "ivoire"]);
    expect(tokens("Guinea-Bissau's army").map((token) => token.surface)).toEqual([
      "Guinea",
      "Bissau",
      "s",
      "army",
    ]);
  });

  it("never finds a word inside a longer one", () => {
    expect(words("the ambassador said")).not.toContain("assad");
  });

  it("starts a new sentence after a full stop and space, not inside numbers or U.S.", () => {
    const list = tokens("A 6.8 quake hit the U.S. coast. Chad said more.");
    const sentenceOf = (surface: string) => list.find((token) => token.surface === surface)?.sentence;
    expect(sentenceOf("8")).toBe(sentenceOf("A"));
    expect(sentenceOf("coast")).toBe(sentenceOf("A"));
    expect(sentenceOf("Chad")).toBe((sentenceOf("A") ?? 0) + 1);
    expect(list.find((token) => token.surface === "Chad")?.sentenceStart).toBe(true);
  });

  it("marks capitalised words", () => {
    expect(tokens("turkey Turkey").map((token) => token.capitalised)).toEqual([false, true]);
  });
});
