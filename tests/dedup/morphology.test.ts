import { describe, expect, it } from "vitest";
import { compoundParts } from "../../src/dedup/decompound.ts";
import { fingerprint } from "../../src/dedup/fingerprint.ts";
import { sameStory, toStoryText } from "../../src/dedup/same-story.ts";

const AT = Date.parse("2026-04-02T08:00:00Z");

function verdict(language: string, a: [string, string], b: [string, string]) {
  const text = ([title, summary]: [string, string], minutes: number) =>
    toStoryText(fingerprint({ title, summary, language }), AT + minutes * 60_000);
  return sameStory(text(a, 0), text(b, 40));
}

describe("one development in other words is one story", () => {
  it("German: a compound against a phrase, inflected verbs and nouns", () => {
    expect(
      verdict(
        "de",
        [
          "Passau-Hochwasser: Donau erreicht zwölf Meter",
          "Die Donau hat in Passau die Marke von zwölf Metern erreicht, die Altstadt steht unter Wasser.",
        ],
        [
          "Hochwasser in Passau: Pegel der Donau steigt auf zwölf Meter",
          "Der Pegel der Donau ist in Passau auf zwölf Meter gestiegen; in der Altstadt stehen Straßen unter Wasser.",
        ],
      ).same,
    ).toBe(true);
  });

  it("German: a closed compound shares its head with the phrase", () => {
    expect(compoundParts("weihnachtsmarkt")).toEqual(["weihnacht", "markt"]);
    expect(compoundParts("todesopfer")).toEqual(["tod", "opfer"]);
    expect(compoundParts("hochwassergefahr")).toEqual(["hochwasser", "gefahr"]);
    expect(compoundParts("regierung")).toEqual([]);
    expect(
      verdict(
        "de",
        [
          "Hochwassergefahr in Regensburg: Stadt räumt das Donauufer",
          "Wegen der Hochwassergefahr räumt Regensburg die Wege am Donauufer und sperrt die Steinerne Brücke.",
        ],
        [
          "Gefahr durch Hochwasser: Regensburg räumt Ufer der Donau",
          "Regensburg räumt wegen der Gefahr durch Hochwasser die Wege am Ufer der Donau und sperrt die Steinerne Brücke.",
        ],
      ).same,
    ).toBe(true);
  });

  it("Russian: the same words in other cases", () => {
    expect(
      verdict(
        "ru",
        [
          "Наводнение в Оренбурге: эвакуированы тысячи жителей",
          "В Оренбурге из-за наводнения эвакуированы тысячи жителей, вода продолжает прибывать.",
        ],
        [
          "Тысячи жителей Оренбурга эвакуируют из-за наводнения",
          "Власти Оренбурга эвакуируют тысячи жителей: из-за наводнения вода в реке продолжает прибывать.",
        ],
      ).same,
    ).toBe(true);
  });

  it("French: singular against plural", () => {
    expect(
      verdict(
        "fr",
        [
          "Incendies dans le Var : des milliers d'hectares brûlés près de Fréjus",
          "Les incendies ont brûlé des milliers d'hectares près de Fréjus, des habitants ont été évacués.",
        ],
        [
          "Incendie dans le Var : un millier d'hectares brûlé près de Fréjus",
          "L'incendie a brûlé un millier d'hectares près de Fréjus et des habitants ont été évacués.",
        ],
      ).same,
    ).toBe(true);
  });

  it("Spanish: plural against singular", () => {
    expect(
      verdict(
        "es",
        [
          "Las inundaciones en Valencia dejan decenas de muertos",
          "Las lluvias torrenciales provocan inundaciones en Valencia y dejan decenas de muertos y desaparecidos.",
        ],
        [
          "La inundación en Valencia deja decenas de muertos",
          "La lluvia torrencial provoca una inundación en Valencia que deja decenas de muertos y desaparecidos.",
        ],
      ).same,
    ).toBe(true);
  });

  it("keeps template reports about two places apart in every language", () => {
    expect(
      verdict(
        "de",
        ["Hochwasser in Passau: Pegel steigt auf zwölf Meter", "Der Pegel in Passau steigt auf zwölf Meter."],
        [
          "Hochwasser in Regensburg: Pegel steigt auf zwölf Meter",
          "Der Pegel in Regensburg steigt auf zwölf Meter.",
        ],
      ).same,
    ).toBe(false);
  });
});
