import { type CrisisLexicon, FORESEEN } from "./types.ts";

// biome-ignore format: a data table, filled to the line width
const ARMED = [
  "army", "troops", "soldiers", "rebels", "rebel", "militia*", "militants", "fighters", "forces", "armed",
  "insurgents", "paramilitar*", "jihadists", "gunmen", "border guards",
];
const CROWD = ["protesters", "protestors", "demonstrators", "crowd", "crowds", "marchers", "mourners"];
// biome-ignore format: a data table, filled to the line width
const OPPONENTS = [
  ...CROWD, "activists", "opposition", "opponents", "dissidents", "journalists", "critics", "protest", "protests",
  "rally", "rallies", "demonstration", "demonstrations",
];
// "security forces" is also a block, so its "forces" makes no army in the clashes rule.
const POLICE = ["police", "riot police", "security forces", "officers"];
// A group's name says who, not what: only with an attack does it make terrorism ("retake a town from al-Shabaab" is war).
const GROUPS = [
  "jihadist*",
  "islamic state",
  "=ISIS",
  "=ISIL",
  "al qaeda",
  "boko haram",
  "al shabaab",
  "al shabab",
  "neo nazi*",
  "white supremacist*",
  "far right extremist*",
];
// biome-ignore format: a data table, filled to the line width
const ATTACK = [
  "attack*", "bomb*", "blast*", "explosion*", "massacre*", "assault*", "claimed", "suicide", "kidnap*",
  "abduct*", "raid*", "ambush*", "kill", "kills", "killed",
];
// Physical places and water: "flooded" without them is figurative ("users flooded the forums").
// biome-ignore format: a data table, filled to the line width
const INUNDATED = [
  "street*", "road*", "home*", "house*", "village*", "town*", "farmland", "field*", "crop*", "district*",
  "neighbourhood*", "neighborhood*", "basement*", "area*", "coast*", "rain*", "river*", "water*", "surge",
  "dam", "levee*", "monsoon", "typhoon", "hurricane", "cyclone", "storm",
];
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
// "000" is the last group of a figure in the thousands: "30,000", "600.000".
const SCALE = ["thousands", "tens of thousands", "million", "millions", "000"];
// biome-ignore format: a data table, filled to the line width
const ARRIVING = [
  "hundreds", "influx", "wave", "arriv*", "flee*", "fled", "fleeing", "cross*", "landed", "stranded", "exodus",
];
// biome-ignore format: a data table, filled to the line width
const MASS = [
  "thousands", "hundreds", "families", "residents", "civilians", "villagers", "people", "homes", "fighting",
  "violence", "000",
];

// biome-ignore format: a data table, filled to the line width
export const en: CrisisLexicon = {
  rules: {
    storming: { crisis: "unrest", near: [["storm", "storms", "stormed", "storming"], [
      ...CROWD, "supporters", "mob", "rioters", "students", "parliament", "embassy", "capitol", "palace",
      "city hall", "compound", "headquarters", "prison", "ministry", "presidential", "government building*",
      "state tv", "state television", "broadcaster", "tv station",
    ]], window: 4 },
    covid: { crisis: "epidemic", terms: ["covid*", "coronavirus", "lockdown*", "new infections"] },
    missiles: { crisis: "armed-conflict", near: [["missile*", "drones", "rockets", "barrage"], [
      "fires", "fired", "launch*", "hits", "hit", "struck", "strikes", "barrage", "overnight", "intercepted", "intercepts", "shot down", "downed",
    ]], window: 4 },
    war: { crisis: "armed-conflict", nameIsHistory: true, terms: [
      "war", "civil war", "shelling", "shelled", "airstrike*", "air strike*", "air raid*", "artillery",
      "missile strike*", "missile attack*", "rocket fire", "rocket attack*", "drone strike*",
      "drone attack*", "bombardment", "firefight", "firefights", "gunbattle*", "heavy fighting",
      "fierce fighting", "exchange strikes", "exchanged strikes", "trade strikes", "traded strikes", "genocide",
      "trade fire", "traded fire", "trading fire", "fighting between", "fighting with", "fighting broke out", "military offensive",
      "ground offensive", "counteroffensive", "ceasefire", "front line*", "frontline*", "insurgency",
      "armed group*", "exchange fire", "exchanged fire", "exchanging fire", "exchange of fire",
      "exchanges of fire", "border clash*", "armed conflict", "mortar fire", "mortar attack*", "mortar shell*", "mortar round*",
    ] },
    clashes: {
      crisis: "armed-conflict",
      near: [[
        "clash*", "seize the", "seizes the", "seized", "overran", "overrun", "capture", "captures", "captured", "recapture*",
        "retake", "retakes", "retook", "advance", "advances", "advanced", "advancing",
      ], ARMED],
    },
    // An attack or a massacre an army speaks of in a terror story is the terror attack: "the army said the
    // car bomb attack was carried out by dissidents".
    "armed-attack": { crisis: "armed-conflict", partOf: ["terrorism"], near: [[
      "ambush*", "attacked", "attack", "attacks", "raid", "raids", "massacre*",
    ], ARMED] },
    // A launched offensive is military; a "charm offensive" is a block.
    offensive: { crisis: "armed-conflict", near: [["offensive"], [
      "launch", "launches", "launched", "launching", "begins", "began", "starts", "started",
    ]], window: 3 },
    // Armies bomb and shell; a bomb alone may be a terrorist's.
    bombing: { crisis: "armed-conflict", near: [["bomb", "bombs", "bombed", "shell", "shells", "pounded", "pounding", "pounds", "strafed"], [
      "jets", "warplanes", "aircraft", "drones", "army", "troops", "forces", "military", "artillery", "navy",
      "paramilitar*", "rebels",
    ]], window: 4 },
    terror: { crisis: "terrorism", terms: [
      "terrorism", "terrorist*", "terror attack*", "terror plot*", "terror group*", "terror cell*",
      "terror suspect*", "terror charge*", "terror threat*", "terror raid*", "suicide bomb*", "suicide attack*", "car bomb*", "bombing", "bomb blast*", "hostage*",
      "kidnap*", "abduct*", "claimed responsibility", "=IED", "=IEDs", "improvised explosive*",
    ] },
    // A belligerent's strikes and attacks: "Israeli strikes kill 30", "repelled a Russian assault"; an
    // earthquake or a union strikes too.
    strikes: { crisis: "armed-conflict", near: [[
      "strike", "strikes", "attack", "attacks", "assault", "assaults", "offensive", "raid", "raids", "incursion", "invasion", "bombing", "bombings",
      "bombardment", "shelling",
    ], [
      "israeli", "russian", "ukrainian", "iranian", "houthi", "american", "military", "retaliatory", "coalition",
    ]], window: 2 },
    // "Struck dozens of Iranian targets", "hit military positions".
    targets: { crisis: "armed-conflict", near: [["struck", "strikes", "hit", "hits", "pounded", "pounds"], [
      "targets", "military positions", "military sites", "bases", "air base", "air bases",
    ]], window: 4 },
    fighting: { crisis: "armed-conflict", near: [["fighting"], [
      "flares", "flared", "erupts", "erupted", "rages", "raged", "intensifies", "intensified", "escalates",
      "escalated", "resumes", "resumed",
    ]], window: 2 },
    "group-attack": { crisis: "terrorism", near: [GROUPS, ATTACK], window: 8 },
    // A blast where people gather to pray, mourn or march, or at a checkpoint, is an attack; a gas blast in a flat or a mine is not.
    "blast-at": { crisis: "terrorism", near: [["blast", "blasts", "explosion", "explosions"], [
      "mosque", "church", "shrine", "temple", "synagogue", "checkpoint", "convoy", "police station", "rally", "wedding",
      "funeral", "bus station", "crowded market",
    ]], window: 4 },
    // Soldiers and fighters killed or killing are casualties of war (gunmen and militants may be terrorists);
    // soldiers a suicide bomber kills are the terror attack's.
    casualties: { crisis: "armed-conflict", partOf: ["terrorism"], near: [["kill", "kills", "killed", "killing", "wounded"], [
      "troops", "soldiers", "army", "rebels", "militia*", "insurgents", "paramilitar*", "fighters",
    ]], window: 3 },
    // The group's own machinery, a cell or its propaganda, is the terror story even with no attack.
    "group-cell": { crisis: "terrorism", near: [GROUPS, ["cell", "cells", "propaganda", "recruiter*", "recruiting"]], window: 4 },
    brawl: { crisis: "unrest", terms: ["mass brawl*"] },
    protest: { crisis: "unrest", terms: [
      "protests", "protesters", "protestors", "protester", "protestor", "demonstrators", "demonstrations", "riot*", "looting",
      "looters", "unrest", "took to the streets", "take to the streets", "takes to the streets", "taking to the streets", "anti government", "uprising", "tear gas",
      "water cannon*", "street protest*", "mass protest*", "communal violence", "communal clashes", "sectarian clashes", "ethnic clashes", "stone pelting", "stone throwing", "mob violence", "mob attack*", "lynch mob*", "angry mob*", "molotov*", "petrol bomb*",
    ] },
    // Shops looted in a riot; looted art or public funds are theft.
    looted: { crisis: "unrest", near: [["looted"], [
      "shops", "stores", "businesses", "supermarkets", "warehouses", "markets", "homes", "houses", "rioters",
      "mob", "mobs", "crowds", "protesters", "unrest",
    ]], window: 5 },
    // People rallying in numbers; markets "rally against the dollar".
    rally: { crisis: "unrest", near: [["rally", "rallies", "rallied", "march", "marches", "marched"], [
      "thousands", "tens of thousands", "hundreds", "000", "crowds", "against the government", "against the junta",
      "parliament", "on the capital", "presidential palace", "students", "workers", "farmers",
    ]], window: 4 },
    "police-clashes": { crisis: "unrest", near: [["clash*"], POLICE] },
    "protest-singular": { crisis: "unrest", near: [["protest", "demo"], [
      "against", "outside", "march", "rally", "crowd", "thousands", "hundreds", "farmers", "workers",
      "students", "student", "teachers", "doctors", "nurses", "unions", "miners", "truckers",
    ]], window: 3 },
    // A crackdown on people, not on fraud or fly-tipping: "police crackdown on protesters".
    "crackdown-on": { crisis: "crackdown", near: [["crackdown*", "crack down", "cracked down", "cracks down"], [
      ...OPPONENTS, "dissent", "dissidents", "media", "press", "ngos", "civil society", "critics", "police",
      "security forces", "students", "bloggers", "lawyers", "minorities", "uyghurs", "free speech", "junta", "regime",
    ]], window: 10 },
    crackdown: { crisis: "crackdown", terms: [
      "shoot to kill", "shoot on sight",
      "live rounds", "live ammunition", "mass arrests", "mass detentions", "rounded up", "repression", "enforced disappearance*", "forcibly disappeared",
    ] },
    "fire-on-crowds": { crisis: "crackdown", near: [[
      "fire", "fired", "opened", "shot", "shooting", "shoot", "killed",
    ], CROWD] },
    "mass-arrests": { crisis: "crackdown", near: [[
      "arrest", "arrested", "arrests", "detain", "detained", "detentions", "jailed", "rounded",
    ], [...OPPONENTS, "journalist", "activist", "dissident", "opposition leader", "opposition figure", "reporter", "blogger"]] },
    // A court against the opposition or the press: "activists guilty in security trial", "juzgará al periodista".
    prosecution: { crisis: "crackdown", near: [[
      "executes", "executed", "execution", "executions", "hanged", "hangs", "sentenced", "convicted", "guilty", "imprisoned", "imprisons", "jails", "prosecuted", "on trial", "stand trial", "security trial",
      "jail term*", "prison term*",
    ], [
      "national security law", "foreign agent*",
      ...OPPONENTS, "protester", "protestor", "journalist", "activist", "dissident", "opposition leader", "opposition figure", "blogger*",
      "reporter", "correspondent",
    ]] },
    // People, not armies, fighting each other: "student groups clash on campus".
    "group-clashes": { crisis: "unrest", near: [["clash*"], [
      "students", "student", "supporters", "workers", "villagers", "youths", "mob", "mobs", "communities",
    ]] },
    // Police violence against protesters or critics: "probe into police excesses at the protests".
    "police-violence": { crisis: "crackdown", near: [[
      "police brutality", "police excesses", "police violence", "police beat*", "police beating*",
    ], OPPONENTS] },
    // In a story about an epidemic a curfew is one of its health measures, not an emergency of its own.
    curfew: { crisis: "state-of-emergency", partOf: ["epidemic"], terms: ["curfew*"] },
    emergency: { crisis: "state-of-emergency", terms: [
      "state of emergency", "emergency rule", "martial law", "state of siege",
      "national emergency", "emergency decree", "state of exception", "state of alarm", "emergency declared", "emergency is declared", "emergency was declared", "emergency has been declared", "state of disaster", "state of calamity", "state of catastrophe",
      "declares emergency", "declared emergency", "declares an emergency", "declared an emergency",
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
        "ousted", "overthrew", "overthrown", "toppled", "deposed", "overthrow",
      ], ["president", "government", "ruler", "head of state", "prime minister"]],
      window: 4,
    },
    takeover: { crisis: "coup", near: [[
      "takes power", "took power", "take power", "taking power", "taken power", "seized power", "seize control", "seized control",
      "seizes control", "takeover",
    ], ["military", "army", "junta", "soldiers", "officers", "mutineers", "putschists"]], window: 4 },
    quake: { crisis: "earthquake", terms: [
      "earthquake*", "quake*", "tremor*", "aftershock*", "seismic", "tsunami*",
    ] }, 
    // "Magnitude" alone is also the size of anything: "a crisis of this magnitude".
    magnitude: { crisis: "earthquake", near: [["magnitude"], [
      "struck", "strikes", "hit", "hits", "jolt*", "shook", "shakes", "rattled", "epicentre", "epicenter", "richter",
    ]], window: 6 },
    // Rain that kills or drives people out has flooded something: "las lluvias dejan 5 muertos".
    rains: { crisis: "flood", near: [["rain", "rains", "downpour*", "rainfall", "monsoon", "cloudburst*", "torrential", "deluge"], [
      "kill", "kills", "killed", "dead", "deaths", "death toll", "missing", "evacuat*", "stranded", "displac*", "swept away", "washed away",
    ]], window: 6 },
    flood: { crisis: "flood", terms: [
      "flood", "floods", "flooding", "flash flood*", "floodwater*", "inundat*", "submerge*",
      "burst their banks", "burst its banks", "burst banks", "bursts its banks", "bursts banks", "dam burst*", "dam collapse*", "dam breach*", "levee breach*", "swollen river*", "overflowing river*",
    ] },
    // Rain sets slopes sliding; the landslides an earthquake sets off are the earthquake's.
    landslide: { crisis: "flood", partOf: ["earthquake"], terms: ["mudslide*", "landslide*"] },
    flooded: { crisis: "flood", near: [["flooded", "swamp", "swamps", "swamped", "waterlogged"], INUNDATED] },
    storm: { crisis: "storm", terms: [
      "hurricane*", "typhoon*", "cyclone*", "tornado*", "tropical storm*", "severe storm*", "winter storm*",
      "storm surge", "storm damage", "blizzard*", "superstorm*", "snowstorm*", "ice storm*", "dust storm*", "sandstorm*", "windstorm*", "hailstorm*", "tropical depression", "gale force", "storm hit", "storm battered", "storm ravaged", "storm lashed", "landfall", "twister*",
    ] },
    // Only the noun names a storm: "Storm Babet", but "crowd storms US embassy".
    "storm-weather": { crisis: "storm", near: [["storm"], WEATHER], window: 10, named: true },
    "storms-weather": { crisis: "storm", near: [["storms"], WEATHER], window: 10 },
    wildfire: { crisis: "wildfire", terms: [
      "wildfire*", "forest fire*", "bushfire*", "brush fire*", "grass fire*", "wildland fire*", "peat fire*", "scrub fire*", "moorland fire*", "megafire*", "vegetation fire*",
    ] },
    // A blaze in the woods, not in a flat: "blaze tears through forest", "fire burns 2,000 hectares".
    blaze: { crisis: "wildfire", near: [["blaze*", "fire", "fires", "flames", "inferno"], [
      "forest*", "woodland*", "hectares", "acres", "bush", "scrub*", "hillside*", "pine*", "vegetation", "hills", "grassland*", "moorland*", "national park",
    ]], window: 4 },
    drought: { crisis: "drought", terms: [
      "drought*", "dry spell*", "water shortage*", "water rationing", "failed rains", "rainy season fails",
      "crop failure*", "hosepipe ban*",
    ] },
    disease: { crisis: "epidemic", terms: [
      "cholera", "ebola", "mpox", "monkeypox", "measles", "dengue", "marburg", "diphtheria", "meningitis",
      "pandemic", "bird flu", "avian flu", "=H5N1", "plague", "polio", "yellow fever", "zika", "nipah", "lassa fever", "anthrax", "typhoid", "chikungunya", "whooping cough", "swine flu", "=SARS", "=MERS", "hantavirus",
    ] },
    epidemic: { crisis: "epidemic", near: [["epidemic*", "outbreak*"], HEALTH], window: 10 },
    displacement: { crisis: "displacement", terms: [
      "displaced", "displacement", "asylum seeker*", "internally displaced", "exodus", "fled their homes",
      "flee their homes", "moved to shelters", "relief camp*", "forced to flee", "forced from their homes", "driven from their homes", "forced out of their homes", "uprooted", "=IDP", "=IDPs", "displacement camp*",
    ] },
    // An evacuation is displacement at the scale of thousands; "hundreds evacuate" as a precaution is not.
    evacuation: { crisis: "displacement", partOf: FORESEEN, near: [["evacuat*"], SCALE] },
    // "Refugee" names a status ("abuse of refugees", a Gaza "refugee camp"); people on the move make displacement.
    refugees: { crisis: "displacement", near: [["refugee", "refugees"], [...SCALE, ...ARRIVING]] },
    // What displaces people, not jobs: "fighting displaces 40,000".
    displaces: { crisis: "displacement", near: [["displace", "displaces", "displacing"], [...SCALE, ...MASS]], window: 3 },
    flight: { crisis: "displacement", near: [["flee", "fled", "fleeing"], MASS], window: 5 },
    food: { crisis: "food-crisis", terms: [
      "famine*", "starvation", "starving", "hunger", "food shortage*", "food insecurity", "malnutrition",
      "malnourished", "food crisis", "food insecure", "starved to death", "starve to death",
    ] },
  },
  blocks: [
    // A life story: the war a person lived through long ago (issue 11).
    "lived through war", "lived through the war", "experienced war", "i have seen war",
    // The war as the setting of another story, and arms making (issue 11).
    "in the context of the war", "context of war", "revived by the war", "boosted by the war",
    "concern over the war", "concerns over the war", "shell production", "production of shells",
    "missile production", "production of missiles",
    "by storm", "brainstorm*", "storm in a teacup", "weather the storm", "weathered the storm", "media storm",
    "twitter storm", "political storm", "runs riot", "ran riot", "run riot", "running riot", "riot of",
    "coup de grace", "wildfire risk", "risk of wildfire*", "fire risk", "water bomb*", "immigration crackdown",
    "world war*", "cold war", "trade war*", "price war*", "culture war*", "war of words", "war on drugs",
    "war drama", "war film", "war movie", "war veteran*", "war commander*", "war chest", "war room",
    "war game*", "war hero*", "war memorial*", "war museum*", "war grave*", "war widow*", "war poet*", "last war",
    "previous war", "past war*", "war crimes tribunal", "storm of", "perfect storm", "storm over",
    "storm shadow*", "security forces",
    "flood of", "floods of", "flooded with", "inundated with", "obesity epidemic", "opioid epidemic",
    "outbreak of violence", "outbreak of fighting", "outbreak of war", "hunger strike*",
    "political earthquake", "electoral earthquake", "fled the scene", "fled to higher", "flee to higher",
    "fleeing to higher", "since the coup",
    "since the military takeover", "formal protest", "lodged a protest", "lodges protest", "anti terror*",
    "counter terror*", "terror alert level", "strike a deal", "strikes a deal", "struck a deal", "strike deal*", "strikes deal*", "from social media", "tsunami democratic", "pre covid", "post covid", "since covid", "before covid",
    "pre pandemic", "post pandemic", "since the pandemic", "before the pandemic", "flood risk*", "flooding risk",
    "goal drought", "title drought", "trophy drought", "scoring drought", "seismic shift*", "bidding war*",
    "turf war*", "war on cancer", "war on poverty", "war on christmas", "war on woke", "class war*",
    "streaming war*", "console war*", "star wars", "tariff war*", "talent war*", "looted art*",
    "looted antiquities", "hunger for", "hunger games", "plague of", "swamped with", "charm offensive", "war cabinet", "risk of war", "threat of war", "fear of war", "fears of war", "brink of war",
    "prospect of war", "possible war", "avoid war", "avert war", "prevent war", "genocide trial", "genocide case",
    "genocide convention", "genocide denial", "genocide survivor*", "genocide memorial", "genocide museum",
    "armenian genocide", "rwandan genocide", "rwanda genocide", "srebrenica genocide", "1994 genocide",
    "cross border terrorism", "sponsor of terrorism", "state sponsor* of terror*", "cyber attack*", "cyber assault*", "verbal attack*", "sexual assault*", "climate emergency",
    "nature emergency", "housing emergency", "cost of living emergency", "diplomatic offensive", "media offensive", "landslide victory", "landslide win*", "in a landslide", "landslide election*",
    "landslide majority", "missile test*", "test launch*", "test fire*", "test fired", "test firing",
    "typhoon jet*", "typhoon fighter*", "eurofighter*", "tornado jet*", "tornado fighter*", "bomb squad*", "bomb disposal", "unexploded bomb*",
    "unexploded ordnance", "wartime bomb*",
    "during the pandemic", "next pandemic", "future pandemic*", "pandemic preparedness", "pandemic treaty",
    "pandemic accord", "war on crime", "war on inflation", "war on fraud", "war on waste", "war on plastic",
    "war on obesity", "war on corruption", "war on fake news", "war on cash", "war on motorists", "during lockdown", "during the lockdown", "during covid",
    "looting of art*", "looting of antiquities", "looting of public", "looting of state",
  ],
  cues: [
    "military parade", "victory parade", "festival", "cuisine", "cooking", "recipe*", "a history of", "historian*", "book", "novelist", "album",
    "concert", "biopic", "tv series", "drama series", "netflix series", "theatre review", "theatre production",
    "play review", "west end", "broadway", "anniversary", "exhibition", "museum", "film review", "book review",
    "album review", "tv review", "film", "movie", "documentary", "novel", "memoir",
    "commemorat*", "premiere", "years since", "years ago",
  ],
  sport: [
    "club", "clubs", "match", "derby", "referee", "fans", "goals", "striker", "penalty kick", "penalty shootout",
    "midfielder", "gunners", "scored", "innings", "wicket", "nba", "nfl", "premier league",
    "champions league", "world cup", "semi final", "quarter final", "final whistle", "tournament", "playoff*",
  ],
  crime: ["smuggler*", "drug trafficker*", "traffickers", "poachers", "robbers", "burglars", "criminals", "bank robbery",
    "narco*", "narcos",
  ],
  minors: [
    "for children", "for kids", "for minors", "for teenagers", "for teens", "for young people", "to children",
    "to minors", "to teenagers", "children under", "under 13s", "under 14s", "under 15s", "under 16s", "under 18s",
    "under 15", "under 16", "age verification", "age limit*", "minimum age",
  ],
  negation: {
    following: [
      "not", "no", "never", "cannot", "didn t", "doesn t", "don t", "won t", "isn t", "wasn t", "aren t",
      "weren t", "hasn t", "haven t", "hadn t", "deny", "denies", "denied", "denying", "rule out",
      "rules out", "ruled out", "ruling out", "rumour*", "rumor*", "hoax*", "false report*", "fake",
    ],
    preceding: [
      "was not", "were not", "has not been", "have not been", "had not been", "will not be", "would not be",
      "wasn t", "weren t", "was never", "no longer", "ruled out",
    ],
    undo: [
      "only", "just", "least", "immediately", "lift*", "end", "ended", "over", "stop", "stopped", "halt*",
      "deter*", "prevent*", "ease", "eased", "subside*", "recede*", "abate*", "hold", "held", "seen",
      "since", "respected",
    ],
  },
};
