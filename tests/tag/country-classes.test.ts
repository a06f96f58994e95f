import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// Sentences written for sitrep, one or more per class of country mistakes found on real text.
const tag = createTagger(TaggingSchema.parse({}));
const headline = (title: string) => tag({ title, summary: "" });

describe("a place beside a facility or another place is still a place", () => {
  it.each([
    ["en", "Two runways closed at Sydney Airport after a fuel leak", "AU"],
    ["de", "Flughafen Leipzig: Warnstreik legt den Betrieb lahm", "DE"],
    ["fr", "Ardèche, Drôme : alerte orange aux orages", "FR"],
    ["es", "Cáceres, Badajoz y Mérida, en alerta por el calor", "ES"],
    ["ru", "Казань, Самара и Уфа готовятся к паводку", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a name said twice is one sign, not two", () => {
  it.each([
    [
      "de",
      "Corona: Neue Regeln ab Montag",
      "Corona-Tests werden in Deutschland Pflicht. Corona bleibt Thema.",
    ],
    ["fr", "Corona : ce qui change lundi", "Le corona recule en France. Corona et vaccins au menu."],
    ["es", "Corona: qué cambia el lunes", "Los casos de Corona bajan en España. Corona y vacunas."],
  ])("%s: a virus is no Californian town", (_, title, summary) => {
    expect(tag({ title, summary }).countries).not.toContain("US");
  });
});

describe("a town of the language's own press, named at a sentence start", () => {
  it.each([
    ["de", "Kassel: Polizei sucht Zeugen nach Brand in Lagerhalle", "DE"],
    ["fr", "Rouen : un incendie dans une usine chimique", "FR"],
    ["es", "Cáceres: detenidos dos jóvenes por un incendio", "ES"],
    ["ru", "Тверь: полиция ищет свидетелей пожара", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a place name written in lower case is a common word", () => {
  it.each([
    ["es", "El detenido se quitó la chaqueta ante el juez"],
    ["en", "The new logo is a pentagon with a star inside"],
    ["ru", "Врачи осмотрели вены пациента перед операцией"],
  ])("%s: %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });
});

describe("an adjective beside a state's leader or government names the state acting", () => {
  it.each([
    ["en", "The Israeli prime minister rejected the plan on Monday.", "IL"],
    ["de", "Die chinesische Regierung kündigte Gegenmaßnahmen an.", "CN"],
    ["ru", "Российский президент провёл совещание с министрами.", "RU"],
    ["fr", "Le président brésilien a reçu son homologue à Belém.", "BR"],
    ["es", "El presidente ruso llegó a Pyongyang de madrugada.", "RU"],
  ])("%s: %s → %s", (_, summary, country) => {
    const tags = tag({ title: "Talks end without an agreement", summary });
    expect(tags.countries).toContain(country);
    expect(tags.evidence.find((entry) => entry.tag === country)?.rule).toBe("adjective+forces");
  });
});

describe("leaders and national bodies stand for their state", () => {
  it.each([
    ["en", "Trump administration appeals ruling on tariffs", "US"],
    ["de", "Merkel mahnt zur Vorsicht bei Lockerungen", "DE"],
    ["de", "Verfassungsschutz warnt vor Anschlägen auf Politiker", "DE"],
    ["ru", "Путин провёл телефонный разговор с Токаевым", "RU"],
    ["fr", "Macron annonce un remaniement avant l'été", "FR"],
    ["es", "La Guardia Civil detiene a tres personas por el robo", "ES"],
    ["es", "Felipe VI preside el desfile del 12 de octubre", "ES"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toContain(country);
  });

  it("counts a leader named in passing in a lede for nothing", () => {
    const tags = tag({
      title: "Floods cut roads across northern Peru",
      summary: "Rescuers reached three villages; Trump had promised aid to the region last year.",
    });
    expect(tags.countries).toEqual(["PE"]);
  });

  it("reads a common word written in lower case as no leader", () => {
    expect(headline("Union plays its trump card in pay talks").countries).toEqual([]);
  });

  it("abbreviates the United Kingdom with stops too", () => {
    expect(headline("Extradition to the U.K. approved by a court").countries).toEqual(["GB"]);
  });
});
