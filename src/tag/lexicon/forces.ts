/**
 * Word beginnings for the agents through which a state acts, in all five languages: its armed
 * forces and weapons, its police, and its government and leaders. An adjective next to one
 * ("Russian troops", "forces françaises", "the Israeli prime minister", "российский президент")
 * names a state acting in the story, which counts as much as naming the state.
 */
// biome-ignore format: forces and police one line per language, then governments and leaders
export const FORCE_PREFIXES: readonly string[] = [
  "troops", "forces", "soldiers", "army", "military", "navy", "warplane", "jets", "drones", "missile", "airstrike", "artillery", "police",
  "truppen", "grenztruppen", "streitkraft", "soldaten", "armee", "militar", "sicherheitskraft", "luftwaffe", "kampfjet", "drohnen", "rakete", "polizei", "einheiten",
  "войск", "военн", "арми", "солдат", "силов", "силы", "авиаци", "ракет", "беспилотник", "дрон", "полици", "пограничник",
  "troupes", "soldats", "armee", "militaires", "frappes", "avions", "policiers", "gendarme",
  "tropas", "fuerzas", "soldados", "ejercito", "militares", "ataques", "aviones", "policia", "bombarde",
  "president", "minister", "government", "chancellor", "prasident", "regierung", "kanzler", "premier", "президент", "премьер", "министр", "правительств", "ministre", "gouvernement", "gobierno", "ministro", "mandatario",
];

const WINDOW = 2;

/**
 * True when a word that passes `test` stands within two words of tokens start..end, on the sides
 * asked for, in the same sentence.
 */
export function wordsBeside(
  tokens: readonly { norm: string; sentence: number }[],
  start: number,
  end: number,
  test: (norm: string) => boolean,
  sides = { before: true, after: true },
): boolean {
  const sentence = tokens[start]?.sentence;
  const from = sides.before ? start - WINDOW : end;
  const to = sides.after ? end + WINDOW : start;
  for (let index = from; index < to; index++) {
    if (index >= start && index < end) continue;
    const token = tokens[index];
    if (token && token.sentence === sentence && test(token.norm)) return true;
  }
  return false;
}

/** True when a force word stands within two words of the adjective, before or after it, in one sentence. */
export function besideForces(
  tokens: readonly { norm: string; sentence: number }[],
  start: number,
  end: number,
): boolean {
  return wordsBeside(tokens, start, end, (norm) => FORCE_PREFIXES.some((prefix) => norm.startsWith(prefix)));
}
