import type { PlaceMatch } from "./find-places.ts";
import type { Place } from "./gazetteer.ts";
import { LOCATIVES } from "./lexicon/ambiguous.ts";
import { titleCase } from "./title-case.ts";
import type { Token } from "./tokens.ts";

/** A place the item names, resolved to one country, with the chain that says how. */
export interface ResolvedPlace {
  match: PlaceMatch;
  place: Place;
  /** "place: Passau → Bavaria (DE-BY) → DE, city of 50,560, only place of that name". */
  rule: string;
}

export interface PlaceContext {
  tokens: readonly Token[];
  /** German capitalises every noun, so there a capital says little about a single word. */
  language: string | null;
  /** Countries the item signs otherwise: named outright, or the feed's hint. */
  signed: ReadonlySet<string>;
  /** A name that is also a common word stands for a place only beside a second sign. */
  commonWord: (match: PlaceMatch) => boolean;
  /** A feed's footer ("The post … appeared first on …") repeats the headline, proving nothing new. */
  inFooter: (match: PlaceMatch) => boolean;
  /** A capitalised neighbour makes the name a person's ("Vladimir Putin", "Aston Martin"). */
  personLike: (match: PlaceMatch) => boolean;
  /** Told of a name that would have counted alone but for a rule, for the evidence. */
  suppressed?: (match: PlaceMatch, place: Place, why: string) => void;
}

/** A name shared by several countries is the first's when it outweighs the next this many times. */
const DOMINANCE = 4;
/** A subdivision alone must weigh as much as the smallest city the gazetteer keeps. */
const LONE_PLACE = 40_000;
/** Beside countries the item names, a lone place of yet another country must be this large. */
const PLACE_ABROAD = 1_000_000;
/**
 * Where capitals prove nothing (a sentence start, a title-case headline, a German noun), a lone
 * place must be this large or follow a preposition of place ("in Passau").
 */
const BIG_PLACE = 500_000;

/**
 * The countries a language's own press mostly reports from. There a town named at a sentence
 * start or as a German noun is taken at its word ("Kassel: …"), as a reader of that press would.
 */
const HOME_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE", "CH"],
  es: ["ES"],
  ru: ["RU"],
};

const weight = (place: Place) => place.population;

/** The weightiest place of each country the name may stand for, weightiest first. */
function byCountry(places: readonly Place[]): Place[] {
  const best = new Map<string, Place>();
  for (const place of places) {
    const known = best.get(place.country);
    if (!known || weight(place) > weight(known)) best.set(place.country, place);
  }
  return [...best.values()].sort((a, b) => weight(b) - weight(a));
}

/**
 * Hills, lakes and valleys named after a place lie anywhere ("Nandi Hills" near Bengaluru is no
 * Kenyan county, "Victoria Falls" no Australian state): such a name counts only beside another
 * sign of its country. Folded.
 */
// biome-ignore format: a data table
const LANDFORMS = new Set([
  "hills", "hill", "mountains", "mountain", "range", "valley", "river", "lake", "falls", "bay", "beach", "island",
  "islands", "peninsula", "desert", "forest", "creek", "heights", "gorge", "springs", "canyon",
  "lac", "mont", "monts", "vallee", "fleuve", "riviere", "lago", "monte", "montes", "sierra", "valle", "rio",
  "озеро", "озера", "озере", "гора", "горы", "горах", "реке", "река", "реки", "долина", "долины", "долине",
  "холмы", "холмах",
]);
/** The landform word that makes the name another place's: "Nandi Hills", "lac Victoria". */
function landformBeside(match: PlaceMatch, tokens: readonly Token[]): Token | undefined {
  const first = match.tokens[0];
  const after = tokens[match.end];
  const before = tokens[match.start - 1];
  const landform = (token: Token | undefined): token is Token =>
    token !== undefined && token.sentence === first?.sentence && LANDFORMS.has(token.norm);
  if (landform(after) && !after.apart) return after;
  return landform(before) && !first?.apart ? before : undefined;
}

/** A name that is all a quotation holds may name a ship, a club, a brand or a film: «Dali», "Sevilla". */
function quotedAlone(match: PlaceMatch): boolean {
  return match.tokens[0]?.opensQuote === true && match.tokens[match.tokens.length - 1]?.closesQuote === true;
}

function chain(place: Place, why: string): string {
  const { subdivision } = place;
  if (place.kind === "subdivision")
    return `place: ${place.name} (${subdivision?.code}) → ${place.country}, subdivision, ${why}`;
  const within = subdivision
    ? ` → ${subdivision.nearest ? "near " : ""}${subdivision.name} (${subdivision.code})`
    : "";
  return `place: ${place.name}${within} → ${place.country}, city of ${place.population.toLocaleString("en")}, ${why}`;
}

/**
 * Turns place names into countries. A name shared by several countries takes the one the item
 * signs otherwise: "Tripoli" beside "Lebanon" is Lebanese. Without a second sign a name counts
 * only when it is not a common word or a person's, one country clearly outweighs the others
 * ("Santiago" is Chile's, "Hyderabad" or "Punjab" alone stay open), the place is not tiny, its
 * capital letter means something or the place is large, and, beside countries the item names,
 * it is a big place of its own or a town of the press's own country ("Flores" beside "Indonesia"
 * is not Uruguay's department; "Tarbes" beside "Ukraine" in French is still French).
 * Names of one country back each other ("Kano", "Kumbotso"). A capital proves nothing either in a
 * name that is all a quotation holds (the cargo «Dali»).
 */
export function resolvePlaces(matches: readonly PlaceMatch[], context: PlaceContext): ResolvedPlace[] {
  // Names repeat from headline to lede: one read as a person's anywhere is a person's everywhere,
  // so "César Luna-Victoria" in a title-case headline is the lawyer the lede names. A quotation
  // opening on the name holds a club's or a brand's («Миннесота Уайлд»), still of that place, and
  // a footer's copy of a title-case headline ("The Lagos–Santos Corridor") shows no person.
  const nameOf = (match: PlaceMatch) => match.tokens.map((token) => token.norm).join(" ");
  const revealsPerson = (match: PlaceMatch) =>
    !match.tokens[0]?.opensQuote && !context.inFooter(match) && context.personLike(match);
  const people = new Set(matches.filter(revealsPerson).map(nameOf));
  const live = matches.filter((match) => !people.has(nameOf(match)));
  // A name only one country has backs the other names of that country, but not itself: "Corona"
  // twice is one name, not two signs.
  const sole = live.map((match) => {
    const [only, other] = byCountry(match.places);
    // A small town's name is too often a surname or a word to vouch for anything.
    return only && !other && only.population >= LONE_PLACE && !context.commonWord(match) ? only : undefined;
  });
  const resolved: ResolvedPlace[] = [];
  live.forEach((match) => {
    const signs = new Set(context.signed);
    for (const place of sole) {
      if (place && !match.places.includes(place)) signs.add(place.country);
    }
    const candidates = byCountry(match.places);
    const backed = candidates.filter((place) => signs.has(place.country));
    if (backed.length === 1) {
      const place = backed[0] as Place;
      resolved.push({ match, place, rule: chain(place, "beside another sign of it") });
      return;
    }
    const [top, next] = candidates;
    if (!top || context.commonWord(match)) return;
    if (next && weight(top) < DOMINANCE * weight(next)) return;
    // A town of the press's own country is no place abroad: "Les Forges de Tarbes … la guerre en Ukraine".
    const home = HOME_COUNTRIES[context.language ?? ""]?.includes(top.country) ?? false;
    if (context.signed.size > 0 && !signs.has(top.country) && !home && top.population < PLACE_ABROAD) return;
    const first = match.tokens[0] as Token;
    const capitalsProveNothing =
      first.sentenceStart ||
      quotedAlone(match) ||
      titleCase(context.tokens, first.field) ||
      (context.language === "de" && match.tokens.length === 1);
    const placed = !first.sentenceStart && LOCATIVES.has(context.tokens[match.start - 1]?.norm ?? "");
    // A small town stands alone only as the one place of its name after a preposition of place
    // ("in Ostuni"): its name is too often a surname or a word ("Leer" is Spanish for "read").
    // A small subdivision never does.
    if (top.population < LONE_PLACE && (top.kind === "subdivision" || next || !placed)) return;
    if (capitalsProveNothing && !placed && !home && top.population < BIG_PLACE) return;
    const landform = landformBeside(match, context.tokens);
    if (landform) {
      context.suppressed?.(match, top, `landform: ${landform.surface}`);
      return;
    }
    const why = next ? "outweighs the others of that name" : "only place of that name";
    resolved.push({ match, place: top, rule: chain(top, why) });
  });
  return resolved;
}
