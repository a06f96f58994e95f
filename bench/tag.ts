import { pathToFileURL } from "node:url";
import { TaggingSchema } from "../src/tag/config.ts";
import { createTagger, type TagInput } from "../src/tag/tagger.ts";

/** Sentence parts per language; items are random mixes, so most words match nothing, as in real feeds. */
const BANK: Record<string, { places: string[]; events: string[]; filler: string[] }> = {
  en: {
    places: [
      "Kazakhstan",
      "northern Nigeria",
      "Kharkiv",
      "the Gaza Strip",
      "Bangladesh",
      "Peru",
      "the capital",
      "Georgia",
    ],
    events: [
      "protesters clashed with police",
      "floods forced thousands from their homes",
      "a curfew was declared",
      "the internet was cut",
      "a magnitude 6 earthquake struck",
      "officials reported no incidents",
    ],
    filler: [
      "The ministry said talks would continue next week.",
      "Prices for bread and fuel rose again in March.",
      "The report was published on Tuesday.",
      "Local media showed long queues outside banks.",
    ],
  },
  de: {
    places: ["Kasachstan", "Almaty", "der Ukraine", "Kirgistan", "Bayern", "Chile"],
    events: [
      "gilt der Ausnahmezustand",
      "demonstrierten Tausende",
      "ist das Internet lahmgelegt",
      "traten Flüsse über die Ufer",
      "blieb es ruhig",
    ],
    filler: [
      "Die Regierung kündigte weitere Gespräche an.",
      "Die Preise für Lebensmittel stiegen erneut.",
      "Der Bericht erschien am Dienstag.",
    ],
  },
  ru: {
    places: ["Казахстане", "Алма-Ате", "Киргизии", "Дагестане", "Турции"],
    events: [
      "введен режим чрезвычайного положения",
      "прошли массовые протесты",
      "отключен интернет",
      "произошло землетрясение",
      "обстановка спокойная",
    ],
    filler: [
      "Правительство пообещало продолжить переговоры.",
      "Цены на продукты снова выросли.",
      "Доклад был опубликован во вторник.",
    ],
  },
  fr: {
    places: ["Haïti", "le Mali", "Nouméa", "le Sénégal", "la RDC"],
    events: [
      "des émeutes ont éclaté",
      "l'état d'urgence a été décrété",
      "des combats ont repris",
      "internet a été coupé",
      "la situation est calme",
    ],
    filler: [
      "Le ministère promet de nouvelles discussions.",
      "Les prix du pain ont encore augmenté.",
      "Le rapport a été publié mardi.",
    ],
  },
  es: {
    places: ["Ecuador", "Colombia", "Guayaquil", "Perú", "Cuba"],
    events: [
      "hubo protestas masivas",
      "rige un toque de queda",
      "las inundaciones dejaron miles de desplazados",
      "se cortó el acceso a internet",
      "no hubo incidentes",
    ],
    filler: [
      "El ministerio anunció nuevas conversaciones.",
      "Los precios del pan volvieron a subir.",
      "El informe se publicó el martes.",
    ],
  },
};

/** A small seeded generator, so every run tags the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function generateCorpus(count: number, seed = 7): TagInput[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const languages = Object.keys(BANK);
  return Array.from({ length: count }, () => {
    const language = pick(languages);
    const bank = BANK[language] as (typeof BANK)[string];
    const sentence = () => `${pick(bank.places)}: ${pick(bank.events)}.`;
    const content = Array.from({ length: 12 }, () => (next() < 0.3 ? sentence() : pick(bank.filler))).join(
      " ",
    );
    return {
      title: sentence(),
      summary: `${sentence()} ${pick(bank.filler)}`,
      content: `<p>${content}</p>`,
      language,
    };
  });
}

const ROUNDS = 3;

function itemsPerSecond(items: TagInput[], work: (item: TagInput) => unknown): number {
  const start = process.hrtime.bigint();
  for (const item of items) work(item);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return items.length / seconds;
}

/**
 * Tagging throughput on a generated corpus of title + summary + ~1 KB HTML body, next to a
 * reference measured in the same run on the same items (a JSON round trip), so the ratio
 * holds across machines.
 */
export async function benchTag(count = 5000): Promise<Record<string, number | string>> {
  const items = generateCorpus(count);
  const tag = createTagger(TaggingSchema.parse({}));
  itemsPerSecond(items.slice(0, 500), tag); // warm-up: compiles every language's lexicon once
  // Best of a few interleaved rounds, so a busy machine skews both figures alike rather than one.
  let tagged = 0;
  let reference = 0;
  for (let round = 0; round < ROUNDS; round++) {
    tagged = Math.max(tagged, itemsPerSecond(items, tag));
    reference = Math.max(
      reference,
      itemsPerSecond(items, (item) => JSON.parse(JSON.stringify(item))),
    );
  }
  return {
    items: count,
    tagItemsPerSecond: Math.round(tagged),
    jsonRoundTripItemsPerSecond: Math.round(reference),
    ratioToJsonRoundTrip: Number((tagged / reference).toFixed(4)),
    corpus: "title + summary + ~1 KB HTML body, en/de/ru/fr/es mixed",
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchTag());
}
