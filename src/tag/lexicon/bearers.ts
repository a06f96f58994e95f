import { wordsBeside } from "./forces.ts";

/**
 * Folded word beginnings for people, firms, dishes, weapons and the press, in all five languages. A
 * country's adjective beside one says whose nationality, make or style it is ("periodista
 * estadounidense", "a Chinese restaurant", "deutsche Waffen", "prensa alemana", "шведский теннисист"), not where the story
 * happens or that the state acts, so it weighs little: the story's own places and states decide.
 * Stems are long enough not to start other words ("author" would start "authorities").
 */
// biome-ignore format: one line per language
const PREFIXES: readonly string[] = [
  "journalist", "reporter", "correspondent", "newspaper", "tabloid", "broadcaster", "singer", "actor", "actress", "artist", "writer", "novelist", "restaurant", "carmaker", "startup", "billionaire", "tycoon", "businessm", "footballer", "striker", "midfielder", "goalkeeper", "tourist", "rapper", "influencer", "athlete", "cyclist", "boxer",
  "journalist", "korrespondent", "zeitung", "sanger", "schauspieler", "kunstler", "schriftsteller", "konzern", "unternehm", "hersteller", "fussballer", "nationalspieler", "tourist", "milliardar", "koch",
  "журналист", "корреспондент", "газет", "певиц", "певец", "певца", "актер", "актрис", "писател", "художник", "ресторан", "компани", "концерн", "производител", "футболист", "теннисист", "боксер", "турист", "миллиардер", "бизнесмен", "рэпер", "блогер", "повар",
  "journaliste", "correspondant", "chanteu", "actrice", "ecrivain", "restaurant", "entreprise", "firme", "enseigne", "supermarche", "footballeur", "attaquant", "cycliste", "touriste", "milliardaire", "rappeu", "cuisinier",
  "periodist", "corresponsal", "periodico", "cantante", "actriz", "escritor", "intelectual", "cocinero", "restaurante", "empresa", "compania", "futbolist", "delantero", "tenista", "ciclista", "turista", "multimillonari", "empresari", "raper",
];

/** Short nouns matched whole, where a stem would start other words ("star" → "start"). Folded. */
// biome-ignore format: a data table
const WORDS = new Set([
  "weapon", "weapons", "waffe", "waffen", "arme", "armes", "arma", "armas", "оружие", "оружия", "оружием",
  "press", "media", "star", "stars", "author", "authors", "chef", "chefs", "company", "companies", "firm", "firms", "brand", "brands", "giant", "lab", "player", "players", "coach",
  "presse", "medien", "star", "stars", "autor", "autorin", "firma", "marke", "spieler", "trainer", "sternekoch",
  "сми", "звезда", "звезды", "автор", "бренд", "фирма", "игрок", "тренер",
  "medias", "journal", "journaux", "quotidien", "acteur", "auteur", "chef", "marque", "joueur", "entraineur",
  "prensa", "medios", "diario", "actor", "estrella", "autor", "autora", "chef", "marca", "jugador", "entrenador",
]);

const isBearer = (norm: string) => WORDS.has(norm) || PREFIXES.some((prefix) => norm.startsWith(prefix));

/**
 * True when a person's, firm's or dish's noun stands within two words of the adjective on the
 * side its language puts the noun: after it in English, German and Russian ("Chinese AI lab"),
 * before it in French and Spanish ("intelectual católico francés"), either side when unknown.
 */
export function besideBearer(
  tokens: readonly { norm: string; sentence: number }[],
  start: number,
  end: number,
  language: string | null,
): boolean {
  const before = language !== "en" && language !== "de" && language !== "ru";
  const after = language !== "fr" && language !== "es";
  return wordsBeside(tokens, start, end, isBearer, { before, after });
}

/** "pro-Israel spending", "anti-russe": a stance toward a country names no place of the story. Folded. */
const STANCES = new Set(["pro", "anti"]);

/** True when the word before the mention is a stance joined to it ("pro-Israel", not "pro, Israel"). */
export function afterStance(
  tokens: readonly { norm: string; sentence: number; apart?: boolean }[],
  start: number,
) {
  const before = tokens[start - 1];
  const first = tokens[start];
  return (
    before !== undefined && before.sentence === first?.sentence && !first.apart && STANCES.has(before.norm)
  );
}
