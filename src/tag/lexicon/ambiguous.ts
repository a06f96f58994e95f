/**
 * Country words that are also common nouns or first names, and phrases that contain a country
 * word without being about the country. Keys are folded words (see normalize.ts).
 */
export interface AmbiguousWord {
  /** Lower-case use is the other meaning ("a turkey", Russian "перу" from "перо"). */
  capitalised?: boolean;
  /** A capitalised neighbour that is not a place makes it a person ("Chad Smith", "Michael Jordan"). */
  personName?: boolean;
  /** Words anywhere in the item that point to the other meaning... */
  unlessNear?: readonly string[];
  /** ...and the country that other meaning belongs to, if any (Georgia the US state). */
  elseCountry?: string;
}

// biome-ignore format: a data table, filled to the line width
export const AMBIGUOUS_WORDS: Readonly<Record<string, AmbiguousWord>> = {
  turkey: {
    capitalised: true,
    unlessNear: [
      "thanksgiving", "roast", "roasted", "roasting", "recipe", "recipes", "stuffing", "gravy", "oven",
      "carve", "carving", "sandwich",
    ],
  },
  georgia: {
    personName: true,
    unlessNear: [
      "atlanta", "savannah", "county", "counties", "republican", "republicans", "democrat", "democrats",
      "gop", "senator", "governor", "peach",
    ],
    elseCountry: "US",
  },
  jordan: { personName: true, unlessNear: ["nba", "basketball", "bulls", "sneakers"] },
  chad: { personName: true },
  israel: { personName: true },
  kenya: { personName: true },
  india: { personName: true },
  jamaica: { personName: true },
  перу: { capitalised: true },
  панама: { capitalised: true },
  чили: { capitalised: true },
};

/** Capitalised words next to a name-like country word that still leave it a place. */
// biome-ignore format: a data table, filled to the line width
export const PLACE_NEIGHBOURS = new Set([
  "lake", "river", "valley", "basin", "border", "republic", "state", "government", "army", "president",
  "king", "queen", "prime", "minister", "military", "junta", "police", "capital", "north", "south", "east",
  "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
]);

/** Phrases that hold a country word but are about something else; per language, syntax of term.ts. */
// biome-ignore format: a data table, filled to the line width
export const COUNTRY_BLOCKS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "guinea pig*", "guinea fowl", "guinea worm", "new guinea", "indian ocean", "latin american*",
    "south american*", "central american*", "north american*", "african american*", "native american*",
    "french fries", "french press", "georgia o keeffe", "niger river", "river niger", "turkish delight",
    "english channel", "chinese new year",
  ],
  de: ["indischer ozean", "indischen ozean", "meerschweinchen", "lateinamerikanisch*"],
  fr: [
    "ocean indien", "latino americain*", "sud americain*", "nord americain*", "nouvelle guinee",
    "fleuve niger",
  ],
  es: ["oceano indico", "nueva guinea", "conejillo* de indias", "rio niger"],
  ru: ["индийск* океан*", "новая гвинея", "новой гвинеи", "река нигер", "реки нигер"],
};
