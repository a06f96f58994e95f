import { describe, expect, it } from "vitest";
import { contentTokens, stripWirePrefix } from "../../src/dedup/content-tokens.ts";
import { nameTokens } from "../../src/dedup/name-tokens.ts";
import { processingLanguage } from "../../src/dedup/stemming.ts";
import { fold as foldCase } from "../../src/text/fold.ts";
import { primaryLanguage } from "../../src/text/language-tag.ts";

describe("stripWirePrefix", () => {
  it.each([
    ["UPDATE 2-Quake hits Malatya", "Quake hits Malatya"],
    ["LIVE: Almaty protest", "Almaty protest"],
    ["EXCLUSIVE-Junta plans", "Junta plans"],
    ["BREAKING NEWS: Dam bursts", "Dam bursts"],
    ["Eilmeldung: Erdbeben in Herat", "Erdbeben in Herat"],
    ["СРОЧНО: В Орске прорвало дамбу", "В Орске прорвало дамбу"],
    ["REFILE-UPDATE 1-Floods in Kano", "Floods in Kano"],
  ])("%s", (title, stripped) => {
    expect(stripWirePrefix(title)).toBe(stripped);
  });

  it("leaves labels that mark a different piece, and words that merely start a headline", () => {
    expect(stripWirePrefix("ANALYSIS-Why the dam failed")).toBe("ANALYSIS-Why the dam failed");
    expect(stripWirePrefix("Updated flood maps show risk")).toBe("Updated flood maps show risk");
  });
});

describe("foldCase", () => {
  it("drops Latin accents, spells ß and ё out, and keeps й", () => {
    expect(foldCase("Doğanşehir MÉDECINS Straße")).toBe("dogansehir medecins strasse");
    expect(foldCase("Ещё Йошкар-Ола")).toBe("еще йошкар-ола");
  });
});

describe("contentTokens", () => {
  it("reads entities as the characters they stand for", () => {
    expect(contentTokens("Sudan&#039;s &quot;catastrophic&quot; hunger &amp; fear", "en")).toEqual(
      contentTokens("Sudan's \u201ccatastrophic\u201d hunger and fear", "en"),
    );
  });

  it("keeps numbers whole and drops their separators", () => {
    expect(contentTokens("3,000 evacuated; magnitude 6.1", "en")).toEqual(["3000", "evacu", "magnit", "61"]);
  });

  it("merges inflected forms and drops stop words in Russian and German", () => {
    expect(contentTokens("землетрясение", "ru")).toEqual(contentTokens("землетрясения", "ru"));
    expect(contentTokens("дома подтоплены в Орске", "ru")).toEqual(
      contentTokens("дома подтопления в Орске", "ru"),
    );
    expect(contentTokens("Die Demonstranten in der Stadt", "de")).toEqual(
      contentTokens("Demonstrationen Stadt", "de"),
    );
    expect(contentTokens("evakuiert", "de")).toEqual(contentTokens("Evakuierung", "de"));
  });

  it("treats an unknown language with every stop word list and no stemming", () => {
    expect(contentTokens("the floods und der Regen", null)).toEqual(["floods", "regen"]);
  });
});

describe("language", () => {
  it("takes the primary subtag of a declared language", () => {
    expect(primaryLanguage("ru-KZ")).toBe("ru");
    expect(primaryLanguage(" DE ")).toBe("de");
    expect(primaryLanguage("")).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });

  it("guesses a stemming language only when none is declared", () => {
    expect(processingLanguage("fr", "Die Flut erreichte die Altstadt von Passau")).toBe("fr");
    expect(processingLanguage(null, "Die Flut erreichte am Dienstag die Altstadt von Passau")).toBe("de");
    expect(processingLanguage(null, "Паводок затопил старую часть города Орска, жителей эвакуируют")).toBe(
      "ru",
    );
    expect(processingLanguage(null, "42")).toBeNull();
  });
});

describe("nameTokens", () => {
  it("finds capitalised words inside sentences, acronyms and headline labels", () => {
    expect(nameTokens("Police said protesters gathered in Almaty, AFAD reported.", "en", "summary")).toEqual([
      "almati",
      "afad",
    ]);
    expect(nameTokens("Gaza: aid convoy reaches Rafah", "en", "title")).toEqual(["gaza", "rafah"]);
  });

  it("ignores the capitals of Title Case and shouting headlines", () => {
    expect(nameTokens("Cholera Outbreak In Zambia's Capital Kills 23", "en", "title")).toEqual([]);
    expect(nameTokens("FLOODS SWEEP THROUGH KANO STATE", "en", "title")).toEqual([]);
  });

  it("in German takes only capitalised words after a bare preposition", () => {
    expect(
      nameTokens("Die Feuerwehr warnt in der Altstadt und in Passau vor Hochwasser.", "de", "summary"),
    ).toEqual(["passau", "hochwa"]);
  });

  it("in Russian takes capitalised words after the first", () => {
    expect(nameTokens("В Орске прорвало дамбу на реке Урал", "ru", "title")).toEqual(["орск", "ура"]);
  });
});
