import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// Sentences written for sitrep: the crisis-sense classes found in real headlines and ledes (issue 11).
const tag = createTagger(TaggingSchema.parse({}));
const crisesOf = (title: string, summary = "") => tag({ title, summary }).crises;

describe("evacuations are displacement only at scale", () => {
  it.each([
    ["en", "Hundreds told to evacuate as a precaution after a tsunami warning"],
    ["de", "Nach dem Brand: Ein Wohnblock in Kiel wurde evakuiert"],
    ["ru", "Из школы в Казани эвакуировали учеников после звонка о бомбе"],
    ["fr", "Alerte au tsunami : quelques centaines d'habitants évacués par prudence"],
    ["es", "Evacuado un edificio en Zaragoza por un escape de gas"],
  ])("%s: a small or precautionary evacuation: %s", (_, title) => {
    expect(crisesOf(title)).not.toContain("displacement");
  });

  it.each([
    ["en", "Tens of thousands evacuated as the river bursts its banks"],
    ["de", "Tausende Menschen vor dem Hochwasser evakuiert"],
    ["ru", "Из-за паводка эвакуированы тысячи жителей"],
    ["fr", "Des milliers d'habitants évacués face à la crue"],
    ["es", "Más de 30.000 personas evacuadas por las inundaciones"],
  ])("%s: an evacuation of thousands: %s", (_, title) => {
    expect(crisesOf(title)).toContain("displacement");
  });

  // The real-text labels' convention: people moved out ahead of a storm or a quake's tsunami are
  // part of that story, and the evidence says so.
  it.each([
    ["en", "China evacuates over a million people as the typhoon nears"],
    ["de", "Taifun erreicht Taiwan: Tausende Menschen evakuiert"],
    ["ru", "Тайфун обрушился на Филиппины, эвакуированы 200 тысяч человек"],
    ["fr", "L'ouragan approche : des dizaines de milliers d'habitants évacués"],
    ["es", "Más de 30.000 personas evacuadas por el huracán"],
  ])("%s: an evacuation ahead of a storm is the storm's: %s", (_, title) => {
    expect(crisesOf(title)).not.toContain("displacement");
    const evidence = tag({ title, summary: "" }).evidence.map((entry) => entry.rule);
    expect(evidence.join(" ")).toContain("suppressed (part of storm)");
  });

  it("does not take a flight to higher ground from a tsunami warning for displacement", () => {
    expect(
      crisesOf("Quake shakes the coast", "Residents fled to higher ground until the warning was lifted."),
    ).toEqual(["earthquake"]);
  });
});

describe("a refugee is a status, refugees on the move are displacement", () => {
  it.each([
    ["en", "Court hears claims that guards beat refugees at a detention centre"],
    ["de", "Gericht verhandelt über Schläge gegen Flüchtlinge in einem Heim"],
    ["ru", "Суд рассмотрит жалобу беженца на отказ в убежище"],
    ["fr", "Un réfugié afghan ouvre une boulangerie à Nantes"],
    ["es", "Una ONG denuncia malos tratos a refugiados en un centro de acogida"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).not.toContain("displacement");
  });

  it.each([
    ["en", "Thousands of refugees cross into Chad as fighting spreads"],
    ["de", "Tausende Flüchtlinge kommen über die Grenze nach Armenien"],
    ["ru", "Тысячи беженцев пересекли границу с Польшей"],
    ["fr", "Des milliers de réfugiés affluent au Tchad : l'afflux ne faiblit pas"],
    ["es", "Cientos de refugiados llegan a la frontera huyendo de los combates"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("displacement");
  });
});

describe("a feed's footer is no part of the story", () => {
  it.each([
    [
      "en",
      "Turnout falls in the regional vote",
      "Fewer people voted than ever. The post Turnout falls appeared first on War Monitor Weekly.",
    ],
    [
      "de",
      "Wahlbeteiligung sinkt erneut",
      "Weniger Menschen gingen wählen. Der Beitrag Wahlbeteiligung sinkt erschien zuerst auf Kriegsberichte.",
    ],
    [
      "ru",
      "Явка на выборах снова упала",
      "Голосовать пришло меньше людей. Сообщение Явка упала появились сначала на Военном обозрении войны.",
    ],
    [
      "fr",
      "La participation recule encore",
      "Moins d'électeurs se sont déplacés. L’article La participation recule est apparu en premier sur Guerre et Paix.",
    ],
    [
      "es",
      "Bulgaria vuelve a las urnas",
      "La participación fue la más baja. La entrada Bulgaria vuelve se publicó primero en Descifrando la Guerra.",
    ],
  ])("%s: the blog's name raises no crisis", (_, title, summary) => {
    const tags = tag({ title, summary });
    expect(tags.crises).toEqual([]);
  });

  it("keeps the story before the footer", () => {
    const tags = tag({
      title: "Floods in the north",
      summary: "Thousands were evacuated. The post Floods appeared first on Daily Weather.",
    });
    expect(tags.crises).toEqual(["flood", "displacement"]);
  });
});

it("fr: voters who « se sont déplacés » went to vote, they were not displaced", () => {
  expect(crisesOf("Municipales : moins d'électeurs se sont déplacés qu'en 2020")).toEqual([]);
  expect(crisesOf("Soudan : des milliers de déplacés dans des camps de fortune")).toEqual(["displacement"]);
});

it("lists a crisis word in a feed's footer as suppressed in the evidence", () => {
  const { evidence } = tag({
    title: "Turnout falls",
    summary: "Fewer voted. The post Turnout falls appeared first on War Monitor Weekly.",
  });
  expect(evidence.find((entry) => entry.rule.startsWith("suppressed (feed footer)"))?.terms).toEqual(["War"]);
});

describe("a past war is history", () => {
  it.each([
    ["en", "Veterans recall the Falklands War at a school in Leeds", "the Falklands War"],
    ["fr", "Une classe de Rouen revisite la Guerre de Cent Ans", "la Guerre de Cent Ans"],
    ["es", "Un pueblo de Mallorca recuerda a sus vecinos muertos en la Guerra Civil", "la Guerra Civil"],
  ])("%s: a war written as a name: %s", (_, title) => {
    const tags = tag({ title, summary: "" });
    expect(tags.crises).toEqual([]);
    expect(tags.evidence.some((entry) => entry.rule.startsWith("suppressed (a past war's name)"))).toBe(true);
  });

  it.each([
    ["en", "The war commanders he named fought in the last war"],
    ["de", "Er kämpfte im letzten Krieg als junger Soldat"],
    ["ru", "Ветераны войны вспомнили годы последней войны"],
    ["fr", "Les anciens combattants de la dernière guerre reçus à l'Élysée"],
    ["es", "Los veteranos de guerra recuerdan la última guerra"],
  ])("%s: a past or a role, not a war now: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });

  it.each([
    ["en", "Shelling resumes as the war in Sudan enters its third year"],
    ["fr", "La guerre au Soudan entre dans sa troisième année"],
    ["es", "La guerra en Sudán entra en su tercer año"],
  ])("%s: a war written in lower case is now: %s", (_, title) => {
    expect(crisesOf(title)).toEqual(["armed-conflict"]);
  });
});

describe("a curfew against an epidemic is a health measure", () => {
  it.each([
    ["en", "Covid: the night curfew ends as cases fall", "Army imposes a curfew after riots in the capital"],
    [
      "de",
      "Corona: Ausgangssperre endet am Montag",
      "Nach den Krawallen gilt in der Stadt eine Ausgangssperre",
    ],
    [
      "ru",
      "Коронавирус: комендантский час продлили до июня",
      "После беспорядков в городе ввели комендантский час",
    ],
    ["fr", "Covid-19 : le couvre-feu repoussé à 23 heures", "Émeutes : un couvre-feu décrété dans la ville"],
    [
      "es",
      "Coronavirus: el toque de queda se amplía una hora",
      "Disturbios: el gobierno decreta el toque de queda",
    ],
  ])("%s: %s", (_, health, unrest) => {
    const tags = tag({ title: health, summary: "" });
    expect(tags.crises).toEqual(["epidemic"]);
    expect(tags.evidence.some((entry) => entry.rule.startsWith("suppressed (part of epidemic)"))).toBe(true);
    expect(crisesOf(unrest)).toContain("state-of-emergency");
  });
});

describe("culture and sport cues that are everyday words do not silence a crisis", () => {
  it.each([
    ["en", "The worst flood in the history of the state: a series of explosions at the dam", "flood"],
    ["de", "Das schwerste Erdbeben in der Geschichte der Region fordert Hunderte Tote", "earthquake"],
    ["ru", "Спустя сутки после землетрясения спасатели ищут выживших", "earthquake"],
    ["fr", "Une série d'attentats frappe la capitale", "terrorism"],
    ["es", "La peor inundación de la historia de la ciudad deja miles de damnificados", "flood"],
  ])("%s: culture words in their other sense: %s", (_, title, crisis) => {
    expect(crisesOf(title)).toContain(crisis);
  });

  it.each([
    ["en", "Protests spread as the Awami League calls a strike against the death penalty verdict", "unrest"],
    [
      "de",
      "Demonstranten versammeln sich am Tor der Kaserne, bei den Protesten steht viel auf dem Spiel",
      "unrest",
    ],
    ["fr", "Manifestations : la Ligue des droits de l'homme dénonce le but de la répression", "crackdown"],
    ["es", "Miles de manifestantes protestan contra el partido del Gobierno", "unrest"],
  ])("%s: sport words in their other sense: %s", (_, title, crisis) => {
    expect(crisesOf(title)).toContain(crisis);
  });

  it.each([
    ["en", "Fans riot after the derby as the club protests the referee"],
    ["de", "Randale nach dem Derby: Fans stürmen den Platz, der Verein protestiert"],
    ["ru", "Болельщики устроили беспорядки после матча, клуб оспорит решение судьи"],
    ["fr", "Incidents après le match : les supporters envahissent la pelouse, le club proteste"],
    ["es", "Disturbios tras el derbi: los hinchas invaden el campo y el club protesta"],
  ])("%s: still sport: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

describe("courts against the opposition or the press are a crackdown", () => {
  it.each([
    ["en", "Three activists found guilty in a national security trial"],
    ["de", "Regierungskritiker zu acht Jahren Haft verurteilt"],
    ["ru", "Оппозиционера осудили на девять лет по делу об экстремизме"],
    ["fr", "Un journaliste condamné à cinq ans de prison pour ses articles"],
    ["es", "El régimen juzgará al periodista por espionaje"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("crackdown");
  });

  it.each([
    ["en", "Former mayor sentenced to six years for taking bribes"],
    ["de", "Ehemaliger Bürgermeister wegen Bestechung verurteilt"],
    ["ru", "Бывшего мэра осудили на шесть лет за взятку"],
    ["fr", "Un ancien maire condamné à deux ans pour corruption"],
    ["es", "Condenado un exalcalde a seis años por cohecho"],
  ])("%s: a court against a corrupt official is not: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

describe("people fighting each other, not armies, is unrest", () => {
  it.each([
    ["en", "Rival student groups clash on a university campus"],
    ["de", "Studenten und Anhänger der Regierung liefern sich Auseinandersetzungen"],
    ["ru", "На площади произошли столкновения местных жителей и сторонников мэра"],
    ["fr", "Heurts entre jeunes et habitants dans un quartier de Lyon"],
    ["es", "Enfrentamientos entre estudiantes y simpatizantes del gobierno"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual(["unrest"]);
  });
});

describe("police violence against protesters is a crackdown", () => {
  it.each([
    ["en", "Court orders a probe into police brutality at the farmers' protest"],
    ["de", "Vorwürfe wegen Polizeigewalt gegen Demonstranten in Minsk"],
    ["ru", "Правозащитники сообщили об избиении задержанных участников акции"],
    ["fr", "Violences policières lors de la manifestation : une enquête ouverte"],
    ["es", "Denuncian brutalidad policial contra los manifestantes en Lima"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("crackdown");
  });

  it("fr: a single strike by a belligerent is war, a shot at goal is not", () => {
    expect(crisesOf("Frappe israélienne sur un immeuble de Beyrouth")).toEqual(["armed-conflict"]);
    expect(crisesOf("Une frappe splendide de l'attaquant en fin de match")).toEqual([]);
  });
});

describe("a shoot-out with criminals is crime, not war", () => {
  it.each([
    ["en", "Two border guards killed in a firefight with smugglers"],
    ["de", "Grenzpolizisten liefern sich Gefecht mit Schmugglern"],
    ["ru", "Два пограничника погибли в перестрелке с контрабандистами"],
    ["fr", "Échange de tirs entre douaniers et trafiquants à la frontière"],
    ["es", "Enfrentamientos armados entre militares y contrabandistas en la frontera"],
  ])("%s: %s", (_, title) => {
    const tags = tag({ title, summary: "" });
    expect(tags.crises).toEqual([]);
    expect(tags.evidence.some((entry) => entry.rule.startsWith("suppressed (crime:"))).toBe(true);
  });

  it("still war when the fighting is between armies", () => {
    expect(crisesOf("Two border guards killed in a firefight with rebels")).toEqual(["armed-conflict"]);
  });
});

describe("ru: a strike on a place is war, a blow to the economy is not", () => {
  it.each([
    "Армия нанесла удары по складам боеприпасов",
    "После удара Израиля по офису агентства в Газе погибли люди",
  ])("%s", (title) => {
    expect(crisesOf(title)).toEqual(["armed-conflict"]);
  });

  it.each([
    "Санкции нанесли удар по экономике региона",
    "Скандал нанёс удар по репутации министра",
    "Прохожий ударил водителя по лицу",
  ])("%s", (title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

// Issue 11: a war named only as the setting of another story (a budget, a factory, a policy) is
// not the story; nor is making shells or missiles a battle.
describe("a war as the backdrop, and arms making, are no armed conflict", () => {
  it.each([
    ["en", "Pension funds rethink their bets in the context of the war in Ukraine"],
    ["de", "Im Kontext des Krieges in der Ukraine planen Gemeinden neue Haushalte"],
    ["ru", "В контексте войны в Украине банки меняют свои планы"],
    ["fr", "Dans le contexte de la guerre en Ukraine, les communes revoient leurs budgets"],
    ["es", "En el contexto de la guerra en Ucrania, los ayuntamientos revisan sus cuentas"],
    ["es", "El alza del gasto refleja la preocupación por la guerra en Ucrania"],
    ["fr", "Une fonderie du Jura relancée par la guerre en Ukraine"],
    ["en", "A steel plant in Ohio revived by the war in Ukraine hires again"],
  ])("%s: the war is the setting: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });

  it.each([
    ["en", "A factory in Wales doubles its shell production"],
    ["de", "Ein Werk in Unterlüß verdoppelt die Produktion von Artilleriegeschossen"],
    ["ru", "Завод на Урале удвоил производство снарядов"],
    ["fr", "Une usine du Tarn double sa production d'obus"],
    ["es", "Una planta de Sevilla duplica su producción de misiles"],
  ])("%s: making arms: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });

  it.each([
    ["en", "Russian shelling hits a school in Kharkiv"],
    ["fr", "Des obus tombent sur une école de Kharkiv"],
    ["es", "Misiles rusos alcanzan una escuela en Járkov"],
    ["de", "Krieg in der Ukraine: Raketen treffen Schule in Charkiw"],
  ])("%s: the war itself still counts: %s", (_, title) => {
    expect(crisesOf(title)).toEqual(["armed-conflict"]);
  });
});

// Issue 11: a group's name alone says who, not what; its cell or its propaganda wing is the terror story.
describe("a terror group's cell or propaganda is terrorism", () => {
  it.each([
    ["en", "Police break up an Islamic State cell in Leeds"],
    ["de", "Ermittler heben eine Zelle des Islamischen Staates in Hamburg aus"],
    ["ru", "В Казани задержали членов ячейки ИГИЛ"],
    ["fr", "Une cellule de l'État islamique démantelée à Lyon"],
    ["es", "Desarticulada en Murcia una célula del Estado Islámico"],
    ["es", "El brazo propagandístico del Estado Islámico operaba desde Huelva"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual(["terrorism"]);
  });

  it.each([
    ["en", "A historian on how the Islamic State rose in Iraq"],
    ["es", "Una periodista explica cómo nació el Estado Islámico"],
  ])("%s: the group named alone: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

// Issue 11: a profile of someone who lived through a war long ago tells no current fighting.
describe("a war lived through in a life story is no armed conflict", () => {
  it.each([
    ["en", 'A nurse in Leeds: "I lived through war, and this ward still frightens me"'],
    ["de", 'Eine Ärztin aus Köln: "Ich habe Krieg erlebt, aber so eine Nacht nie"'],
    ["ru", "Учительница из Самары, пережившая войну, открыла школу"],
    ["fr", "Une boulangère de Lille : « J'ai vécu la guerre, mais jamais une telle solitude »"],
    ["es", 'Una vecina de Vigo: "He vivido la guerra y nunca me sentí tan sola"'],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });

  it.each([
    ["de", "Die Stadt erlebt den dritten Kriegswinter: Raketen treffen Kraftwerk"],
    ["es", "La guerra vive su peor semana en Jartum"],
  ])("%s: the war now: %s", (_, title) => {
    expect(crisesOf(title)).toEqual(["armed-conflict"]);
  });
});
