import type { CrisisLexicon } from "./types.ts";

// biome-ignore format: a data table, filled to the line width
const ARMED = [
  "army", "troops", "soldiers", "rebels", "rebel", "militia*", "militants", "fighters", "forces", "armed",
  "insurgents", "paramilitary", "jihadists",
];
const CROWD = ["protesters", "protestors", "demonstrators", "crowd", "crowds", "marchers", "mourners"];
const OPPONENTS = [...CROWD, "activists", "opposition", "opponents", "dissidents", "journalists", "critics"];
// biome-ignore format: a data table, filled to the line width
const WEATHER = [
  "wind", "winds", "rain", "rains", "rainfall", "landfall", "weather", "forecast*", "flood*", "surge",
  "gusts", "hail", "snow", "meteorolog*", "category", "mph", "km",
];
// biome-ignore format: a data table, filled to the line width
const HEALTH = [
  "cases", "infections", "infected", "virus", "disease*", "vaccin*", "health", "hospital*", "patients",
  "deaths", "cholera", "measles", "dengue",
];
// biome-ignore format: a data table, filled to the line width
const MASS = [
  "thousands", "hundreds", "families", "residents", "civilians", "villagers", "people", "homes", "fighting",
  "violence",
];

// biome-ignore format: a data table, filled to the line width
export const en: CrisisLexicon = {
  rules: {
    war: { crisis: "armed-conflict", terms: [
      "war", "civil war", "shelling", "shelled", "airstrike*", "air strike*", "air raid*", "artillery",
      "missile strike*", "missile attack*", "rocket fire", "rocket attack*", "drone strike*",
      "drone attack*", "bombardment", "firefight", "firefights", "gunbattle*", "heavy fighting",
      "fierce fighting", "fighting between", "fighting with", "fighting broke out", "military offensive",
      "ground offensive", "counteroffensive", "ceasefire", "front line*", "frontline*", "insurgency",
      "armed group*",
    ] },
    clashes: {
      crisis: "armed-conflict",
      near: [[
        "clash*", "seized", "overran", "captured", "recaptured", "retook", "ambush*", "attacked",
      ], ARMED],
    },
    terror: { crisis: "terrorism", terms: [
      "terror*", "suicide bomb*", "suicide attack*", "car bomb*", "bombing", "bomb blast*", "hostage*",
      "kidnap*", "abduct*", "jihadist*", "islamic state", "=ISIS", "=ISIL", "al qaeda", "boko haram",
      "al shabaab", "claimed responsibility",
    ] },
    protest: { crisis: "unrest", terms: [
      "protests", "protesters", "protestors", "demonstrators", "demonstrations", "riot*", "looting",
      "looted", "looters", "unrest", "took to the streets", "anti government", "uprising", "tear gas",
      "water cannon*", "street protest*",
    ] },
    "protest-singular": { crisis: "unrest", near: [["protest"], [
      "against", "outside", "march", "rally", "crowd", "thousands", "hundreds",
    ]], window: 3 },
    crackdown: { crisis: "crackdown", terms: [
      "crackdown*", "crack down", "cracked down", "cracks down", "shoot to kill", "shoot on sight",
      "live rounds", "live ammunition", "mass arrests", "mass detentions", "rounded up",
    ] },
    "fire-on-crowds": { crisis: "crackdown", near: [[
      "fire", "fired", "opened", "shot", "shooting", "shoot", "killed",
    ], CROWD] },
    "mass-arrests": { crisis: "crackdown", near: [[
      "arrested", "arrests", "detained", "detentions", "jailed", "rounded",
    ], OPPONENTS] },
    emergency: { crisis: "state-of-emergency", terms: [
      "state of emergency", "emergency rule", "martial law", "curfew*", "state of siege",
      "national emergency", "emergency decree",
    ] },
    "internet-terms": { crisis: "internet-shutdown", terms: [
      "internet shutdown*", "internet blackout*", "communications blackout", "shut down the internet",
      "internet was cut",
    ] },
    internet: {
      crisis: "internet-shutdown",
      near: [[
        "internet", "mobile data", "data services", "social media", "facebook", "whatsapp", "telegram",
        "instagram", "tiktok", "youtube", "=X", "twitter", "messaging apps",
      ], [
        "shutdown", "shut*", "cut", "cuts", "cutting", "block*", "restrict*", "blackout", "suspend*",
        "throttl*", "dark", "ban", "bans", "banned", "banning",
      ]],
    },
    coup: { crisis: "coup", terms: [
      "coup", "coups", "putsch", "military takeover", "seized power", "seize power", "seizes power",
      "president s removal", "removal of the president", "dissolved all state institutions",
    ] },
    ousted: {
      crisis: "coup",
      near: [[
        "ousted", "overthrew", "overthrown", "toppled", "deposed",
      ], ["president", "government", "leader", "prime minister"]],
      window: 4,
    },
    quake: { crisis: "earthquake", terms: [
      "earthquake*", "quake*", "tremor*", "aftershock*", "seismic", "tsunami*",
    ] },
    flood: { crisis: "flood", terms: [
      "flood", "floods", "flooding", "flooded", "flash flood*", "floodwater*", "inundat*", "submerge*",
      "burst their banks", "burst its banks", "mudslide*",
    ] },
    storm: { crisis: "storm", terms: [
      "hurricane*", "typhoon*", "cyclone*", "tornado*", "tropical storm*", "severe storm*", "winter storm*",
      "storm surge", "storm damage", "blizzard*", "superstorm*",
    ] },
    "storm-weather": { crisis: "storm", near: [["storm", "storms"], WEATHER], window: 10 },
    wildfire: { crisis: "wildfire", terms: [
      "wildfire*", "forest fire*", "bushfire*", "brush fire*", "grass fire*",
    ] },
    drought: { crisis: "drought", terms: [
      "drought*", "dry spell*", "water shortage*", "water rationing", "failed rains", "rainy season fails",
      "crop failure*",
    ] },
    disease: { crisis: "epidemic", terms: [
      "cholera", "ebola", "mpox", "monkeypox", "measles", "dengue", "marburg", "diphtheria", "meningitis",
      "pandemic", "bird flu", "avian flu", "=H5N1", "plague",
    ] },
    epidemic: { crisis: "epidemic", near: [["epidemic*", "outbreak*"], HEALTH], window: 10 },
    displacement: { crisis: "displacement", terms: [
      "refugee*", "displaced", "displacement", "evacuat*", "asylum seeker*", "internally displaced",
      "exodus", "fled their homes", "flee their homes", "moved to shelters",
    ] },
    flight: { crisis: "displacement", near: [["flee", "fled", "fleeing"], MASS], window: 5 },
    food: { crisis: "food-crisis", terms: [
      "famine*", "starvation", "starving", "hunger", "food shortage*", "food insecurity", "malnutrition",
      "malnourished", "food crisis",
    ] },
  },
  blocks: [
    "world war*", "cold war", "trade war*", "price war*", "culture war*", "war of words", "war on drugs",
    "war drama", "war film", "war movie", "war crimes tribunal", "storm of", "perfect storm", "storm over",
    "flood of", "floods of", "flooded with", "inundated with", "obesity epidemic", "opioid epidemic",
    "outbreak of violence", "outbreak of fighting", "outbreak of war", "hunger strike*",
    "political earthquake", "electoral earthquake", "fled the scene", "since the coup",
    "since the military takeover", "formal protest", "lodged a protest", "lodges protest", "anti terror*",
    "counter terror*", "terror alert level",
  ],
  cues: [
    "anniversary", "exhibition", "museum", "review", "film", "movie", "documentary", "novel", "memoir",
    "commemorat*", "premiere", "years since", "years ago",
  ],
};
