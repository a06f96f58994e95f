import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// Sentences written for sitrep, one or more per failure class of issue 11, in all five languages.
const tag = createTagger(TaggingSchema.parse({}));
const headline = (title: string) => tag({ title, summary: "" });

describe("places below the country", () => {
  it.each([
    ["en", "Wildfire forces hundreds from their homes near Colorado Springs", "US"],
    ["de", "Hochwasser in Passau: Altstadt steht unter Wasser", "DE"],
    ["ru", "Наводнение в Якутске: подтоплены десятки домов", "RU"],
    ["ru", "В Махачкале задержали участников беспорядков", "RU"],
    ["fr", "Inondations dans l'Essonne : des habitants évacués", "FR"],
    ["es", "Un incendio forestal obliga a desalojar a vecinos en Cáceres", "ES"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toContain(country);
  });

  it("reads a German town adjective as its town", () => {
    expect(headline("Kölner Polizei räumt Protestcamp am Rheinufer").countries).toEqual(["DE"]);
  });

  it("takes the country the item names for a name several countries share", () => {
    const tags = tag({
      title: "Clashes in Tripoli after a protest over fuel prices",
      summary: "The army deployed in the northern Lebanese city overnight.",
    });
    expect(tags.countries).toEqual(["LB"]);
  });

  it("leaves a shared name alone when nothing says which country it is", () => {
    expect(headline("Police disperse a protest in Hyderabad").countries).toEqual([]);
    expect(headline("Farmers protest in Punjab over water allocation").countries).toEqual([]);
  });

  it("does not take a common word or a person for a town", () => {
    expect(headline("Police arrest three men after a brawl at the stadium").countries).toEqual([]);
    expect(headline("Reading the signs: what the new budget means").countries).toEqual([]);
    expect(headline("Queen Elizabeth visits a school for blind children").countries).not.toContain("US");
  });

  it("explains the chain place → subdivision → country", () => {
    const evidence = headline("Hochwasser in Passau: Altstadt steht unter Wasser").evidence;
    const rule = evidence.find((entry) => entry.tag === "DE")?.rule ?? "";
    expect(rule).toMatch(/^place: Passau → .*\(DE-[A-Z]+\) → DE/);
  });
});

describe("headlines alone", () => {
  it.each([
    ["en", "Protesters storm parliament in Bishkek", "KG", "unrest"],
    ["ru", "В Казахстане введено чрезвычайное положение", "KZ", "state-of-emergency"],
    ["de", "Unwetter in Bayern: Keller überflutet", "DE", "storm"],
    ["fr", "Séisme dans le nord du Maroc : des villages isolés", "MA", "earthquake"],
    ["es", "Fuerte sismo sacude el norte de Chile", "CL", "earthquake"],
  ])("%s: %s", (language, title, country, crisis) => {
    const tags = headline(title);
    expect(tags.language).toBe(language);
    expect(tags.countries).toContain(country);
    expect(tags.crises).toContain(crisis);
  });

  it("reads a headline of unknown Latin-script language with every Latin vocabulary", () => {
    // Too short for any detector: the crisis words must still count.
    expect(headline("Curfew!").crises).toEqual(["state-of-emergency"]);
  });
});

describe("words with two senses", () => {
  it.each([
    ["en", "Crowd storms US embassy in Baghdad"],
    ["de", "Demonstranten stürmen das Rathaus von Leipzig"],
    ["ru", "Протестующие штурмовали здание парламента в Бишкеке"],
    ["fr", "Des manifestants prennent d'assaut le parlement à Bichkek"],
    ["es", "Manifestantes asaltan la sede del Gobierno en Lima"],
  ])("storming a building is unrest, not weather (%s)", (_, title) => {
    const tags = headline(title);
    expect(tags.crises).toContain("unrest");
    expect(tags.crises).not.toContain("storm");
  });

  it.each([
    ["en", "Club protests penalty decision after derby defeat"],
    ["en", "Arsenal's attack runs riot as the Gunners win 5-0"],
    ["de", "Proteste des Vereins gegen den Elfmeter nach der Derby-Niederlage"],
    ["ru", "Клуб подал протест на решение судьи после дерби"],
    ["fr", "Manifestations des supporters après la défaite du club dans le derby"],
    ["es", "El club protesta por el penalti tras perder el derbi"],
  ])("sport silences unrest and fighting (%s: %s)", (_, title) => {
    const tags = headline(title);
    expect(tags.crises).toEqual([]);
    expect(tags.evidence.some((entry) => entry.rule.startsWith("suppressed (sport"))).toBe(true);
  });

  it.each([
    ["en", "A festival of Kazakh cooking in Berlin"],
    ["de", "Festival der kasachischen Küche in Berlin"],
    ["ru", "В Берлине прошёл фестиваль казахской кухни"],
    ["fr", "Festival de cuisine kazakhe à Berlin"],
    ["es", "Festival de cocina kazaja en Berlín"],
  ])("a cultural adjective names no country (%s)", (_, title) => {
    const tags = headline(title);
    expect(tags.countries).toEqual(["DE"]);
    expect(
      tags.evidence.some((entry) => entry.tag === "KZ" && entry.rule.startsWith("suppressed (culture")),
    ).toBe(true);
  });

  it.each([
    ["en", "Review: a new film about the war in Bosnia"],
    ["de", "Rezension: ein Film über den Krieg in Bosnien"],
    ["ru", "Рецензия: фильм о войне в Боснии"],
    ["fr", "Critique : un film sur la guerre en Bosnie"],
    ["es", "Reseña: una película sobre la guerra en Bosnia"],
  ])("a film about a war is no war (%s)", (_, title) => {
    expect(headline(title).crises).toEqual([]);
  });

  it.each([
    ["en", "Singer's new album takes the charts by storm"],
    ["de", "Sturm der Entrüstung nach der Rede des Ministers"],
    ["ru", "Новый смартфон вызвал бурю эмоций у покупателей"],
    ["fr", "Coup de tonnerre à l'Assemblée nationale"],
    ["es", "Golpe de efecto del Gobierno en el Congreso"],
  ])("an idiom raises nothing (%s: %s)", (_, title) => {
    const tags = headline(title);
    expect(tags.crises).toEqual([]);
    expect(tags.evidence.some((entry) => entry.rule.startsWith("suppressed (figure of speech)"))).toBe(true);
  });
});
