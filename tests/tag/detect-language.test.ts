import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/detect-language.ts";
import { loadEvalSet } from "./eval-set.ts";

describe("detectLanguage", () => {
  it("returns BCP 47 short tags", () => {
    expect(detectLanguage("Die Lage im Land bleibt nach den Unruhen der vergangenen Woche angespannt.")).toBe(
      "de",
    );
    expect(
      detectLanguage("La situation reste tendue dans la capitale après une semaine de manifestations."),
    ).toBe("fr");
  });

  it("says null when there is too little to go on", () => {
    expect(detectLanguage("OK")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });

  it("narrows the choice to the allowed languages", () => {
    // Short Russian is often read as Bulgarian; a deployment that expects Russian can say so.
    expect(detectLanguage("Протестующие захватили здание акимата", ["ru", "kk", "en"])).toBe("ru");
  });

  it("knows the language of nearly every labelled item from title and summary", () => {
    const items = [...loadEvalSet("eval"), ...loadEvalSet("holdout")];
    const rate = (allowed?: string[]) =>
      items.filter((item) => detectLanguage(`${item.title}\n${item.summary}`, allowed) === item.language)
        .length / items.length;
    const open = rate();
    const five = rate(["en", "de", "ru", "fr", "es"]);
    console.log(
      `language detection on ${items.length} items: ${open.toFixed(3)} any language, ${five.toFixed(3)} of five`,
    );
    expect(open).toBeGreaterThanOrEqual(0.9);
    expect(five).toBeGreaterThanOrEqual(0.98);
  });
});
