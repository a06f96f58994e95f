import { describe, expect, it } from "vitest";
import { inflect, parseTerm } from "../../src/tag/term.ts";

describe("parseTerm", () => {
  it("reads exact, prefix, contains and case-sensitive words", () => {
    expect(parseTerm("State of emergency", "en").map((word) => word.mode)).toEqual([
      "exact",
      "exact",
      "exact",
    ]);
    expect(parseTerm("kasach*", "de")).toEqual([{ mode: "prefix", text: "kasach" }]);
    expect(parseTerm("*sperre*", "de")).toEqual([{ mode: "contains", text: "sperre" }]);
    expect(parseTerm("=US", "en")).toEqual([{ mode: "case", text: "US" }]);
    expect(parseTerm("Alma-Ata", "ru").map((word) => word.mode === "exact" && word.text)).toEqual([
      "alma",
      "ata",
    ]);
  });

  it("expands ~ with the language's inflections", () => {
    const [word] = parseTerm("Казахстан~", "ru");
    expect(word?.mode).toBe("forms");
    const forms = word?.mode === "forms" ? [...word.forms] : [];
    expect(forms).toEqual(expect.arrayContaining(["казахстан", "казахстане", "казахстана", "казахстаном"]));
  });

  it("explains malformed terms", () => {
    expect(() => parseTerm("a*", "en")).toThrow(/too short/);
    expect(() => parseTerm("ka*sach", "de")).toThrow(/only start or end/);
    expect(() => parseTerm(" - ", "en")).toThrow(/no letters/);
  });
});

describe("inflect", () => {
  it("declines Russian names from their nominative", () => {
    expect(inflect("Россия", "ru")).toEqual(
      expect.arrayContaining(["россия", "россии", "россию", "россией"]),
    );
    expect(inflect("Запорожье", "ru")).toEqual(
      expect.arrayContaining(["запорожье", "запорожья", "запорожью"]),
    );
    expect(inflect("Южный", "ru")).toEqual(
      expect.arrayContaining(["южныи".replace("и", "й"), "южного", "южном"]),
    );
  });

  it("leaves indeclinable Russian names alone", () => {
    expect(inflect("Мали", "ru")).toEqual(["мали"]);
  });

  it("adds German genitive and plural endings", () => {
    expect(inflect("Kirgistan", "de")).toEqual(expect.arrayContaining(["kirgistan", "kirgistans"]));
  });
});
