import { describe, expect, it } from "vitest";
import { type TaggingInput, TaggingSchema } from "../../src/tag/config.ts";
import { createTagger, type TagInput } from "../../src/tag/tagger.ts";

const tag = createTagger(TaggingSchema.parse({}));
const run = (title: string, summary = "", language: string | null = "en", extra: Partial<TagInput> = {}) =>
  tag({ title, summary, language, ...extra });
const withRules = (rules: TaggingInput) => createTagger(TaggingSchema.parse(rules));

describe("morphology and scripts", () => {
  it.each([
    ["Neue Unruhen in Kasachstan", "KZ"],
    ["Die kasachischen Behörden verhängen Ausgangssperre", "KZ"],
    ["Kirgistans Regierung tritt zurück", "KG"],
    ["Stromausfälle in der Ukraine nach Angriffen", "UA"],
    ["Festnahmen in Alma-Ata", "KZ"],
  ])("German: %s → %s", (title, code) => {
    expect(run(title, "", "de").countries).toEqual([code]);
  });

  it.each([
    ["Забастовка нефтяников в Казахстане продолжается", "KZ"],
    ["Власти Казахстана повысили цены на газ", "KZ"],
    ["Казахстанские власти объявили траур", "KZ"],
    ["Акция протеста в Алма-Ате", "KZ"],
    ["Пробки в Алматы", "KZ"],
    ["Переговоры в Киргизии", "KG"],
  ])("Russian: %s → %s", (title, code) => {
    expect(run(title, "", "ru").countries).toEqual([code]);
  });

  it("finds crisis words inside German compounds", () => {
    expect(run("Landesweiter Ausnahmezustand verhängt", "", "de").crises).toEqual(["state-of-emergency"]);
    expect(run("Regierung verhängt Internetsperre", "", "de").crises).toEqual(["internet-shutdown"]);
    expect(run("Bombenanschlag auf Polizeiwache", "", "de").crises).toEqual(["terrorism"]);
  });

  it("reads French and Spanish", () => {
    expect(run("Couvre-feu à Dakar après des émeutes", "", "fr")).toMatchObject({
      countries: ["SN"],
      crises: ["unrest", "state-of-emergency"],
    });
    expect(run("Terremoto sacude el sur de Perú", "", "es")).toMatchObject({
      countries: ["PE"],
      crises: ["earthquake"],
    });
  });
});

describe("ambiguity without false alarms", () => {
  it.each([
    ["Our best turkey recipe for a crowd", "The bird needs four hours in the oven.", []],
    ["Turkey sends rescue teams after the landslide", "Ankara dispatched 200 workers.", ["TR"]],
    ["Georgia lawmakers in Atlanta pass budget", "The county sheriffs asked for more funding.", ["US"]],
    ["Georgia's parliament adopts disputed law", "Protesters gathered in Tbilisi.", ["GE"]],
    ["Michael Jordan buys a stake in racing team", "", []],
    ["Jordan opens its border crossing to aid trucks", "", ["JO"]],
    ["Chad Kroeger announces farewell tour", "", []],
    ["Chad declares three days of mourning", "", ["TD"]],
    ["Niger suspends mining licences", "", ["NE"]],
    ["Nigeria raises fuel prices again", "", ["NG"]],
    ["Guinea-Bissau names new cabinet", "", ["GW"]],
    ["Equatorial Guinea opens new airport", "", ["GQ"]],
    ["Dominica hosts regional summit", "", ["DM"]],
    ["Dominican Republic hosts regional summit", "", ["DO"]],
    ["Fighting near Goma as M23 advances in Congo", "", ["CD"]],
    [
      "Brazzaville hosts talks as Republic of Congo mediates",
      "Congo's foreign minister chaired the meeting.",
      ["CG"],
    ],
    ["South Sudan opens oil pipeline talks", "", ["SS"]],
    ["Ambassador summoned over remarks", "", []],
  ])("%s", (title, summary, countries) => {
    expect(run(title, summary).countries).toEqual(countries);
  });

  it.each([
    ["Minister weathers a storm of criticism over pension plan"],
    ["Helpdesk swamped by a flood of emails after outage"],
    ["Doctors warn of an epidemic of loneliness among students"],
    ["Carmaker confirms shutdown of its oldest factory"],
    ["Club files protest with the league over red card"],
    ["Exhibition marks 40th anniversary of the 1980 coup"],
    ["Film review: a war epic that loses its nerve"],
  ])("no crisis in %s", (title) => {
    expect(run(title).crises).toEqual([]);
  });

  it("still sees the real thing", () => {
    expect(run("Tropical storm brings floods to the coast").crises).toEqual(["flood", "storm"]);
    expect(run("Authorities cut the internet during protests").crises).toEqual([
      "unrest",
      "internet-shutdown",
    ]);
    expect(run("Soldiers seize power in a coup").crises).toEqual(["coup"]);
  });
});

describe("evidence", () => {
  it("names the words, the field and the rule of every tag", () => {
    const tags = run("Curfew in Almaty", "Police fired on protesters in Kazakhstan.");
    expect(tags.evidence).toContainEqual({
      tag: "KZ",
      kind: "country",
      rule: "place",
      field: "title",
      terms: ["Almaty"],
    });
    expect(tags.evidence).toContainEqual({
      tag: "KZ",
      kind: "country",
      rule: "name",
      field: "summary",
      terms: ["Kazakhstan"],
    });
    expect(tags.evidence).toContainEqual({
      tag: "crackdown",
      kind: "crisis",
      rule: "en:fire-on-crowds",
      field: "summary",
      terms: ["fired", "protesters"],
    });
    expect(tags.evidence).toContainEqual({
      tag: "central-asia",
      kind: "region",
      rule: "un-m49",
      field: "title",
      terms: ["KZ"],
    });
    for (const tagged of [...tags.countries, ...tags.regions, ...tags.crises]) {
      expect(tags.evidence.some((entry) => entry.tag === tagged)).toBe(true);
    }
  });

  it("counts an alliance for the members the story names", () => {
    const tags = run("CSTO troops arrive in Kazakhstan", "The first units came from Belarus.");
    expect(tags.countries).toEqual(["KZ", "BY"]);
    expect(tags.evidence).toContainEqual(
      expect.objectContaining({ tag: "BY", rule: "actor:csto", terms: ["CSTO"] }),
    );
  });
});

describe("feed hints", () => {
  it("falls back to the feed's countries when the story names none", () => {
    const tags = run("Fuel prices rise again", "", "en", { feed: { countries: ["KZ"] } });
    expect(tags.countries).toEqual(["KZ"]);
    expect(tags.evidence).toContainEqual({
      tag: "KZ",
      kind: "country",
      rule: "feed:countries",
      field: "feed",
      terms: ["KZ"],
    });
  });

  it("ignores them when the story names another country", () => {
    expect(
      run("Fuel prices rise in Uzbekistan", "", "en", { feed: { countries: ["KZ"] } }).countries,
    ).toEqual(["UZ"]);
  });

  it("falls back to the feed's regions only when the story names no country", () => {
    const hinted = { feed: { regions: ["sahel"] } };
    const quiet = run("River breaks its banks after a week of rain", "", "en", hinted);
    expect(quiet.regions).toEqual(["sahel"]);
    expect(quiet.evidence).toContainEqual({
      tag: "sahel",
      kind: "region",
      rule: "feed:regions",
      field: "feed",
      terms: ["sahel"],
    });
    expect(run("River breaks its banks in Kazakhstan", "", "en", hinted).regions).toEqual(["central-asia"]);
  });

  it("copies the feed's tags to custom", () => {
    expect(run("Quiet day", "", "en", { feed: { tags: ["central-asia-desk"] } }).custom).toEqual([
      "central-asia-desk",
    ]);
  });
});

describe("user rules", () => {
  const tagger = withRules({
    custom: { election: { en: ["election*", "polling station*"], ru: ["выбор*"] } },
    countries: { KZ: { en: ["Zhanaozen oil field"] } },
    crises: { "internet-shutdown": { "*": ["VPN ban"] } },
    exclude: { en: ["Storm Graz"] },
  });

  it("adds custom tags per language", () => {
    expect(tagger({ title: "Polling stations open", summary: "", language: "en" }).custom).toEqual([
      "election",
    ]);
    expect(tagger({ title: "Выборы в парламент", summary: "", language: "ru" }).custom).toEqual(["election"]);
    expect(tagger({ title: "Wahlen im Herbst", summary: "", language: "de" }).custom).toEqual([]);
  });

  it("adds terms to countries and crises, '*' for every language", () => {
    expect(
      tagger({ title: "Strike at the Zhanaozen oil field", summary: "", language: "en" }).countries,
    ).toEqual(["KZ"]);
    expect(tagger({ title: "Neuer VPN ban", summary: "", language: "de" }).crises).toEqual([
      "internet-shutdown",
    ]);
  });

  it("excludes phrases from every tag", () => {
    expect(
      tagger({ title: "Storm Graz wins after heavy wind and rain", summary: "", language: "en" }).crises,
    ).toEqual([]);
  });
});

describe("input handling", () => {
  it("strips HTML from content and decodes entities", () => {
    const tags = run("Update", "", "en", {
      content: "<p>Floods in</p><p>Pakistan &amp; India</p><script>Japan</script>",
    });
    expect(tags.crises).toEqual(["flood"]);
    expect(tags.evidence).toContainEqual(
      expect.objectContaining({ tag: "flood", field: "content", terms: ["Floods"] }),
    );
  });

  it("detects the language when the input has none and shortens declared ones", () => {
    expect(
      run("Schwere Überschwemmungen in Bayern", "Tausende Menschen mussten ihre Häuser verlassen.", null)
        .language,
    ).toBe("de");
    expect(run("Hochwasser", "", "de-AT").language).toBe("de");
  });

  it("tags empty input with nothing", () => {
    expect(run("", "", null)).toEqual({
      language: null,
      countries: [],
      regions: [],
      crises: [],
      custom: [],
      evidence: [],
    });
  });
});
