import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

/**
 * Reports written for the event tests: the developments of one attack, and the traps an event
 * must not swallow (a club named after the city, a factory in the city, the same crisis in
 * another city, the anniversary of an older attack). Hours are after T0.
 */
export interface EventReport {
  id: string;
  language: string;
  title: string;
  summary: string;
  hours: number;
}

export const T0 = Date.parse("2026-03-14T18:00:00Z");
const HOUR = 3_600_000;

const tag = createTagger(TaggingSchema.parse({}));

export const tagsOf = (report: EventReport) =>
  tag({ title: report.title, summary: report.summary, language: report.language });

/** A report as the shared index takes it: its own story's candidate, and its tags for the event. */
export function sharedReport(report: EventReport) {
  const candidate = {
    itemId: report.id,
    guid: report.id,
    canonicalUrl: null,
    feedId: `feed-${report.id}`,
    title: report.title,
    summary: report.summary,
    language: report.language,
    published: new Date(T0 + report.hours * HOUR).toISOString(),
  };
  return { candidate, tags: tagsOf(report) };
}

const de = (id: string, hours: number, title: string, summary: string): EventReport => ({
  id,
  language: "de",
  title,
  summary,
  hours,
});
const en = (id: string, hours: number, title: string, summary: string): EventReport => ({
  id,
  language: "en",
  title,
  summary,
  hours,
});

export const MAGDEBURG = [
  de(
    "md-1",
    0,
    "Anschlag auf Weihnachtsmarkt in Magdeburg: Auto rast in Menschenmenge",
    "Ein Autofahrer ist am Abend in Magdeburg in eine Menschenmenge auf dem Weihnachtsmarkt gefahren. Es gibt Tote und Verletzte.",
  ),
  de(
    "md-2",
    5,
    "Anschlag in Magdeburg: Zahl der Toten steigt auf fünf",
    "Nach dem Anschlag auf den Weihnachtsmarkt in Magdeburg ist die Zahl der Todesopfer auf fünf gestiegen.",
  ),
  de(
    "md-3",
    8,
    "Magdeburg: Tatverdächtiger war den Behörden bekannt",
    "Der mutmaßliche Täter des Anschlags auf den Magdeburger Weihnachtsmarkt war den Sicherheitsbehörden seit Jahren bekannt.",
  ),
];

export const GERMAN_TRAPS = [
  de(
    "trap-club",
    1,
    "1. FC Magdeburg gewinnt 3:1 gegen Holstein Kiel",
    "Der 1. FC Magdeburg hat in der 2. Bundesliga mit 3:1 gegen Holstein Kiel gewonnen und springt auf Platz vier.",
  ),
  de(
    "trap-factory",
    6,
    "Explosion in Magdeburger Chemiefabrik: zwei Arbeiter verletzt",
    "In einer Chemiefabrik im Magdeburger Hafen ist ein Kessel explodiert; zwei Arbeiter wurden verletzt.",
  ),
  de(
    "trap-other-city",
    7,
    "Anschlag in Mannheim: Angreifer verletzt mehrere Menschen mit Messer",
    "In der Mannheimer Innenstadt hat ein Mann mehrere Menschen mit einem Messer verletzt. Die Polizei spricht von einem Anschlag.",
  ),
];

export const BERLIN = [
  de(
    "berlin-anniversary",
    3,
    "Acht Jahre nach dem Anschlag: Berlin gedenkt der Opfer vom Breitscheidplatz",
    "Mit einer Andacht erinnert Berlin an den Anschlag auf den Weihnachtsmarkt am Breitscheidplatz vor acht Jahren.",
  ),
  de(
    "berlin-attack",
    4,
    "Anschlag in Berlin: Mann greift Passanten am Alexanderplatz an",
    "Am Berliner Alexanderplatz hat ein Mann Passanten angegriffen; die Polizei geht von einem Anschlag aus.",
  ),
  de(
    "berlin-attack-2",
    6,
    "Anschlag in Berlin: Angreifer vom Alexanderplatz festgenommen",
    "Nach dem Anschlag am Alexanderplatz in Berlin hat die Polizei den Angreifer festgenommen.",
  ),
];

export const LEEDS = [
  en(
    "leeds-1",
    0,
    "Car ploughs into Christmas market crowd in Leeds, killing four",
    "A driver ploughed into crowds at the Christmas market in Leeds on Saturday evening; four people were killed.",
  ),
  en(
    "leeds-2",
    6,
    "Leeds Christmas market attack: death toll rises to six",
    "The number of people killed when a car drove into the Christmas market in Leeds has risen to six, police said.",
  ),
];

export const ENGLISH_TRAPS = [
  en(
    "trap-leeds-united",
    1,
    "Leeds United beat Burnley 2:0 to go top of the Championship",
    "Leeds United won 2:0 against Burnley at Elland Road on Saturday evening and moved top of the table.",
  ),
  en(
    "trap-bristol",
    5,
    "Car drives into Christmas market crowd in Bristol, injuring nine",
    "A car drove into pedestrians at the Christmas market in central Bristol, injuring nine people; police are treating it as an attack.",
  ),
  en(
    "manchester-anniversary",
    2,
    "Ten years on, Manchester remembers arena bombing victims",
    "Manchester marked the anniversary of the arena bombing with a memorial service for the 22 victims killed in the attack.",
  ),
  en(
    "manchester-explosion",
    3,
    "Explosion at Manchester station: police treat blast as terror attack",
    "An explosion at a Manchester railway station injured three people; police are treating the blast as a terror attack.",
  ),
];
