import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

const tag = createTagger(TaggingSchema.parse({}));
const crises = (language: string, title: string, summary = "") => tag({ title, summary, language }).crises;

describe("negated crisis words", () => {
  it.each([
    ["de", "Bundesregierung verhängt Ausgangssperre nicht"],
    ["de", "Keine Ausgangssperre in Berlin"],
    ["en", "No curfew in the capital, says mayor"],
    ["en", "Army says it did not declare a state of emergency"],
    ["en", "Government denies imposing internet blackout"],
    ["en", "Curfew was not imposed in the city"],
    ["en", "Internet was not cut, ministry says"],
    ["en", "Police did not fire on protesters, minister says"],
    ["ru", "Власти не стали вводить комендантский час"],
    ["ru", "Интернет не отключали, заявили в министерстве"],
    ["fr", "Pas de couvre-feu à Nouméa ce soir"],
    ["fr", "Le gouvernement n'a pas décrété l'état d'urgence"],
    ["es", "No habrá toque de queda en Quito"],
    ["es", "El gobierno niega un golpe de Estado"],
  ])("%s: %s → none", (language, title) => {
    expect(crises(language, title)).toEqual([]);
  });

  it.each([
    ["de", "Die Ausgangssperre wird nicht aufgehoben", "state-of-emergency"],
    ["de", "Die Proteste flauen nicht ab", "unrest"],
    ["en", "The curfew has not been lifted", "state-of-emergency"],
    ["en", "Not only floods: landslides hit the region", "flood"],
    ["en", "No internet for a week as authorities cut mobile networks", "internet-shutdown"],
    ["en", "No deaths reported after magnitude 5 earthquake", "earthquake"],
    ["ru", "Протесты не утихают", "unrest"],
    ["ru", "Не менее 100 человек погибли при землетрясении", "earthquake"],
    ["fr", "La mobilisation contre la réforme ne faiblit pas", "unrest"],
    ["es", "Las protestas no cesan", "unrest"],
  ])("%s: %s → still %s", (language, title, crisis) => {
    expect(crises(language, title)).toEqual([crisis]);
  });

  // Issue 11: "Die Miliz bestreitet einen Zusammenhang – der Anschlag aber …" kept the attack denied.
  it.each([
    ["de", "Miliz bestreitet Zusammenhang – Anschlag erschüttert Nairobi", "terrorism"],
    ["en", "Group denies any link - bombing kills 12 at a market", "terrorism"],
    ["ru", "Группировка отрицает связь — теракт унёс жизни 12 человек", "terrorism"],
    ["fr", "Le groupe dément tout lien ; l'attentat a fait 12 morts", "terrorism"],
    ["es", "La milicia niega el vínculo – el atentado deja 12 muertos", "terrorism"],
  ])("%s: a denial stops at a dash or semicolon: %s → %s", (language, title, crisis) => {
    expect(crises(language, title)).toEqual([crisis]);
  });

  it("denies only within the sentence", () => {
    expect(crises("en", "No deaths were reported. A curfew applies from 10pm.")).toEqual([
      "state-of-emergency",
    ]);
  });
});

describe("other false alarms", () => {
  it("reads a militant group's name as terrorism only beside an attack", () => {
    expect(crises("en", "Somali forces retake town from al-Shabaab")).not.toContain("terrorism");
    expect(crises("en", "Al-Shabaab claims attack on Mogadishu hotel")).toContain("terrorism");
  });

  it("takes clashes with police for unrest, not war", () => {
    expect(crises("en", "Clashes between protesters and police in Nairobi")).toEqual(["unrest"]);
    expect(crises("fr", "Les forces de l'ordre affrontent des manifestants à Paris")).toEqual(["unrest"]);
    expect(crises("en", "Rebels clash with army in eastern Congo")).toEqual(["armed-conflict"]);
  });

  it("needs water or a place for 'flooded'", () => {
    expect(crises("en", "Users flooded support forums with complaints")).toEqual([]);
    expect(crises("en", "Heavy rain flooded streets in Lagos")).toEqual(["flood"]);
  });

  it("knows a named storm without weather words", () => {
    expect(crises("en", "Storm Babet batters eastern Scotland")).toEqual(["storm"]);
    expect(crises("fr", "Tempête Ciarán : des foyers privés d'électricité")).toEqual(["storm"]);
    expect(crises("en", "Tech Giant Faces Storm As Shares Slide")).toEqual([]);
    expect(crises("en", "Storm Shadow missiles hit a base in Crimea")).not.toContain("storm");
  });
});

describe("country words with a common other sense", () => {
  const countries = (language: string, title: string, summary = "") =>
    tag({ title, summary, language }).countries;

  it("needs support for a lone Georgia or Turkey", () => {
    expect(countries("es", "Georgia, la cantante, lanza su nuevo disco")).toEqual([]);
    expect(countries("en", "Turkey prices soar ahead of the holidays")).toEqual([]);
    expect(countries("en", "Georgia's president vetoes foreign agents bill")).toEqual(["GE"]);
    expect(countries("en", "Georgia: police fire tear gas at protesters")).toEqual(["GE"]);
  });

  it("reads Georgia as the US state from phrases that name it", () => {
    expect(
      countries(
        "en",
        "Georgia football coach fired",
        "The University of Georgia will search for a successor.",
      ),
    ).toEqual(["US"]);
  });
});
