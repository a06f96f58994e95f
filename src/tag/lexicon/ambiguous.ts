/**
 * Country words that are also common nouns or first names, and phrases that contain a country
 * word without being about the country. Keys are folded words (see text/fold.ts).
 */
export interface AmbiguousWord {
  /** Lower-case use is the other meaning ("a turkey", Russian "перу" from "перо"). */
  capitalised?: boolean;
  /** A capitalised neighbour that is not a place makes it a person ("Chad Smith", "Michael Jordan"). */
  personName?: boolean;
  /** Words or phrases anywhere in the item that point to the other meaning... */
  unlessNear?: readonly string[];
  /** ...and the country that other meaning belongs to, if any (Georgia the US state). */
  elseCountry?: string;
  /**
   * The other meaning is common enough that the word alone proves nothing: it stands for the
   * country only beside another word for it, a word of statehood in its sentence (STATE_WORDS),
   * or in a story with a crisis. For a `capitalised` word this applies where its capital says
   * nothing (a sentence start, a title-case headline).
   */
  needsSupport?: boolean;
}

// biome-ignore format: a data table, filled to the line width
export const AMBIGUOUS_WORDS: Readonly<Record<string, AmbiguousWord>> = {
  turkey: {
    capitalised: true,
    needsSupport: true,
    unlessNear: [
      "thanksgiving", "christmas", "festive", "roast", "roasted", "roasting", "recipe", "recipes", "stuffing",
      "gravy", "oven", "carve", "carving", "sandwich", "poultry", "birds",
    ],
  },
  georgia: {
    personName: true,
    needsSupport: true,
    unlessNear: [
      "atlanta", "savannah", "county", "counties", "republican", "republicans", "democrat", "democrats",
      "gop", "senator", "governor", "peach", "bulldogs", "university of georgia", "georgia tech",
      "georgia state", "us state", "state of georgia", "bundesstaat", "republikaner", "demokraten",
      "estado de georgia", "gobernador", "senate",
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

/** Capitalised words next to a name-like country or place word that still leave it a place: "Sydney Airport". Folded. */
// biome-ignore format: a data table, filled to the line width
export const PLACE_NEIGHBOURS = new Set([
  "lake", "river", "valley", "basin", "border", "republic", "state", "government", "army", "president",
  "king", "queen", "prime", "minister", "military", "junta", "police", "capital", "north", "south", "east",
  "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "airport", "port",
  "harbour", "university", "city", "province", "region", "district", "county", "island", "islands", "bay",
  "museum", "stadium", "station", "court", "council", "mayor", "governor", "flughafen", "hafen", "universitat",
  "stadt", "landkreis", "kreis", "insel", "polizei", "aeroport", "universite", "ville", "aeropuerto",
  "universidad", "ciudad", "provincia", "policia", "region", "departement", "departamento", "область",
  "области", "областью", "край", "края", "крае", "район", "района", "районе", "округ", "округа", "округе",
  "республика", "республики", "республике", "глава", "главы", "власти", "властей", "губернатор", "губернатора",
  "мэр", "мэра", "жители", "жителей",
]);

/** Words of statehood that make a doubtful country word ("Chad's junta", "Georgia's parliament") a state. */
// biome-ignore format: a data table, filled to the line width
export const STATE_WORDS = new Set([
  "president", "presidential", "parliament", "parliamentary", "prime", "minister", "ministers", "ministry",
  "government", "junta", "army", "military", "troops", "border", "embassy", "ambassador", "king", "queen",
  "opposition", "capital", "presidente", "gobierno", "parlamento", "ejercito", "frontera", "ministro",
  "embajada", "rey", "oposicion",
]);

/** Phrases that hold a country word but are about something else; per language, syntax of term.ts. */
// biome-ignore format: a data table, filled to the line width
export const COUNTRY_BLOCKS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "guinea pig*", "guinea fowl", "guinea worm", "new guinea", "indian ocean", "latin american*",
    "south american*", "central american*", "north american*", "african american*", "native american*",
    "french fries", "french press", "georgia o keeffe", "niger river", "river niger", "turkish delight",
    "english channel", "chinese new year", "us dollar*", "american dollar*", "pan american*",
  ],
  de: ["indischer ozean", "indischen ozean", "meerschweinchen", "lateinamerikanisch*", "us dollar*"],
  fr: [
    "ocean indien", "latino americain*", "sud americain*", "nord americain*", "nouvelle guinee",
    "fleuve niger", "dollar* americain*", "dollar* us",
  ],
  es: ["oceano indico", "nueva guinea", "conejillo* de indias", "rio niger", "dolar* estadounidense*"],
  ru: ["индийск* океан*", "новая гвинея", "новой гвинеи", "река нигер", "реки нигер", "доллар* сша"],
};

/** Words before a name that make it a person's, not a place's: "Infanta Sofía", "Prinzessin Michael". Folded. */
// biome-ignore format: a data table, filled to the line width
export const PERSON_TITLES = new Set([
  "queen", "king", "prince", "princess", "mr", "mrs", "ms", "dr", "saint", "st", "lord", "lady", "sir",
  "konigin", "konig", "prinz", "prinzessin", "herr", "frau", "reine", "roi", "princesse", "mme", "madame",
  "monsieur", "reina", "rey", "principe", "princesa", "infanta", "infante", "don", "dona", "senor", "senora",
  "королева", "король", "принц", "принцесса", "святой",
]);

/** Prepositions of place: "in Passau", "près d'Arras", "в Якутске". A capitalised name after one is a place. Folded. */
// biome-ignore format: a data table, filled to the line width
export const LOCATIVES = new Set([
  "in", "near", "at", "outside", "across", "from", "bei", "nahe", "aus", "im", "nach", "a", "pres", "dans",
  "vers", "en", "cerca", "desde", "в", "во", "под", "около", "из", "близ",
]);

/**
 * Word beginnings for a virus variant or strain: a country's adjective beside one names the
 * variant ("Indian variant", "variant indien", "британский штамм"), not where anything happens.
 */
export const VARIANT_PREFIXES = [
  "variant",
  "mutant",
  "mutation",
  "strain",
  "souche",
  "штамм",
  "вариант",
  "мутаци",
];

/** Continents, which small towns are also named after ("Asia" in the Philippines): never a town. Folded. */
// biome-ignore format: a data table, filled to the line width
export const CONTINENTS = new Set([
  "asia", "europe", "africa", "america", "oceania", "antarctica", "asien", "europa", "afrika", "amerika",
  "ozeanien", "antarktis", "азия", "европа", "африка", "америка", "океания", "антарктида", "asie", "afrique",
  "amerique", "oceanie", "antarctique", "oceania", "antartida",
]);
