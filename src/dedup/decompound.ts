/**
 * German writes as one word what other languages write as a phrase: "Hochwassergefahr" and
 * "Gefahr durch Hochwasser", "Weihnachtsmarkt" and "Markt zu Weihnachten", "Todesopfer" and
 * "Opfer". A long word ending in a common head noun is also read as its parts, so the compound
 * and the phrase share tokens. The heads are nouns that news compounds are built on; a word is
 * split only where both parts are long enough to be words of their own.
 */
const HEADS = [
  "anschlag",
  "angriff",
  "attacke",
  "amt",
  "brand",
  "beben",
  "einsatz",
  "fahrer",
  "fahrt",
  "feuer",
  "flut",
  "gefahr",
  "gericht",
  "gesetz",
  "haus",
  "hilfe",
  "kampf",
  "krieg",
  "lage",
  "markt",
  "minister",
  "opfer",
  "partei",
  "polizei",
  "präsident",
  "prozess",
  "regierung",
  "schutz",
  "stadt",
  "streik",
  "sturm",
  "tat",
  "täter",
  "unfall",
  "unglück",
  "verfahren",
  "wahl",
  "wasser",
  "welle",
  "zahl",
  "zone",
].sort((a, b) => b.length - a.length);
const LINKS = ["es", "s", "en", "n"];
const MIN_PART = 4;

/** The parts of a German compound (modifier, head), or none when the word is not one. */
export function compoundParts(word: string): string[] {
  if (word.length < 2 * MIN_PART + 1) return [];
  for (const head of HEADS) {
    if (!word.endsWith(head)) continue;
    const modifier = word.slice(0, -head.length);
    if (modifier.length < MIN_PART - 1) continue;
    const link = LINKS.find((end) => modifier.endsWith(end) && modifier.length - end.length >= MIN_PART - 1);
    return [link ? modifier.slice(0, -link.length) : modifier, head];
  }
  return [];
}
