import { type CrisisLexicon, FORESEEN } from "./types.ts";

// biome-ignore format: a data table, filled to the line width
const ARMED = [
  "armee", "militaires", "soldats", "troupes", "rebelles", "milice*", "combattants", "jihadistes",
  "djihadistes", "insurges", "forces", "armes", "paramilitaire*", "assaillants",
];
const CROWD = ["manifestant*", "foule*", "protestataires", "cortege*"];
// biome-ignore format: a data table, filled to the line width
const OPPONENTS = [
  ...CROWD, "opposant*", "militant*", "journaliste*", "dissident*", "manifestation*", "rassemblement*",
];
// "forces de l'ordre" is also a block, so its "forces" makes no army in the clashes rule.
const POLICE = ["police*", "policiers", "forces de l ordre", "forces de securite", "gendarme*", "=CRS"];
// A group's name says who, not what: only with an attack does it make terrorism.
const GROUPS = [
  "jihadiste*",
  "djihadiste*",
  "etat islamique",
  "al qaida",
  "boko haram",
  "shebab",
  "ultradroite",
  "neonazi*",
  "neo nazi*",
];
// biome-ignore format: a data table, filled to the line width
const ATTACK = [
  "attaque*", "attentat*", "explosion*", "massacre*", "revendiqu*", "embuscade*", "enlev*", "assaut*",
  "raid*", "kamikaze*", "tue", "tuent", "ont tue", "massacrent",
];
// biome-ignore format: a data table, filled to the line width
const WEATHER = [
  "vent*", "rafale*", "pluie*", "precipitation*", "meteo*", "inondation*", "crue*", "littoral", "cote*",
  "km",
];
// biome-ignore format: a data table, filled to the line width
const HEALTH = [
  "cas", "infection*", "contamin*", "malade*", "virus", "vaccin*", "sante", "hopita*", "patient*", "deces",
];
// "000" is the last group of a figure in the thousands: "30 000".
const SCALE = ["milliers", "dizaines de milliers", "million", "millions", "000"];
// biome-ignore format: a data table, filled to the line width
const ARRIVING = [
  "centaines", "afflux", "vague", "arriv*", "fuient", "fui", "fuyant", "franchi*", "traverse*", "bloques",
];
const MASS = ["milliers", "centaines", "familles", "habitants", "civils", "combats", "violences", "guerre"];

// biome-ignore format: a data table, filled to the line width
export const fr: CrisisLexicon = {
  rules: {
    storming: { crisis: "unrest", near: [["assaut", "envahissent", "envahi", "envahit"], [
      "manifestants", "foule", "partisans", "emeutiers", "parlement", "ambassade", "palais", "mairie",
      "prefecture", "batiment", "capitole", "ministere", "siege",
    ]], window: 4 },
    covid: { crisis: "epidemic", terms: [
      "covid*", "coronavirus", "deconfinement", "confinement", "reconfinement", "port du masque", "etat d urgence sanitaire",
    ] },
    war: { crisis: "armed-conflict", nameIsHistory: true, terms: [
      "guerre~", "genocide", "guerre civile", "combats", "bombardement*", "frappes", "frappe* aerienne*",
      "frappe de drone*", "tirs d artillerie", "echange* de tirs", "obus", "artillerie",
      "offensive militaire", "offensive terrestre", "contre offensive", "cessez le feu", "treve",
      "ligne de front", "operation militaire", "attaque* de drone*", "attaque* de missile*", "attaque* aerienne*",
      "raid* aerien*", "drone* kamikaze*", "missile*", "roquette*", "bombarde", "bombardent", "bombarder",
      "pilonne*", "pilonnent", "pilonnage*", "conflit* arme*", "tirs de mortier*", "obus de mortier", "alerte* aerienne*",
    ] },
    // An attack made with them: "attaque massive de drones", "vague de missiles".
    "attack-with": { crisis: "armed-conflict", near: [["attaque*", "vague*", "pluie"], [
      "drones", "missiles", "roquettes", "obus",
    ]], window: 4 },
    // A single strike by a belligerent: "frappe israélienne sur la maison du chef du Hamas".
    strike: { crisis: "armed-conflict", near: [[
      "frappe", "attaque", "attaques", "offensive", "raid", "incursion", "bombardements", "assaut", "invasion",
    ], [
      "israelien*", "russe*", "ukrainien*", "americaine", "aerienne", "militaire", "meurtriere", "de missile*",
      "de drone*",
    ]], window: 2 },
    clashes: {
      crisis: "armed-conflict",
      near: [[
        "affronte*", "affrontement*", "s affrontent", "pris le controle",
        "reprennent", "reprend", "repris le controle", "progressent", "avancent", "avancee", "progression", "s emparent", "se sont empares", "s est empare",
      ], ARMED],
    },
    // An attack or a massacre an army speaks of in a terror story is the terror attack: "the army said the
    // car bomb attack was carried out by dissidents".
    "armed-attack": { crisis: "armed-conflict", partOf: ["terrorism"], near: [[
      "attaque*", "embuscade*", "raid", "massacre*",
    ], ARMED] },
    terror: { crisis: "terrorism", terms: [
      "attentat*", "terroris*", "antiterroriste", "kamikaze", "otage*", "prise d otages", "enlevement*",
      "voiture piegee", "engin explosif", "engins explosifs", "voitures piegees", "colis piege*",
    ] },
    "group-attack": { crisis: "terrorism", near: [GROUPS, ATTACK], window: 8 },
    // A blast where people gather to pray, mourn or march, or at a checkpoint, is an attack; a gas blast in a flat or a mine is not.
    "blast-at": { crisis: "terrorism", near: [["explosion", "explosions", "deflagration"], [
      "mosquee", "eglise", "synagogue", "temple", "sanctuaire", "point de controle", "convoi", "commissariat",
      "meeting", "mariage", "funerailles", "gare routiere",
    ]], window: 4 },
    // Soldiers and fighters killed or killing are casualties of war (gunmen and militants may be terrorists);
    // soldiers a suicide bomber kills are the terror attack's.
    casualties: { crisis: "armed-conflict", partOf: ["terrorism"], near: [["tue", "tues", "tuee", "tuent", "blesses", "morts"], [
      "soldats", "militaires", "rebelles", "armee", "combattants", "milice*", "insurges", "paramilitaire*",
    ]], window: 3 },
    // The group's own machinery, a cell or its propaganda, is the terror story even with no attack.
    "group-cell": { crisis: "terrorism", near: [GROUPS, ["cellule*", "propagand*", "recruteur*", "filiere*"]], window: 4 },
    // One march against something; "une manifestation culturelle" is a fair.
    march: { crisis: "unrest", near: [["manifestation", "rassemblement"], [
      "contre", "milliers", "centaines", "000", "interdite", "dispersee", "policiers", "agriculteurs", "salaries",
      "enseignants", "etudiants", "lyceens", "soignants", "cheminots", "syndicats", "intersyndicale", "retraites",
      "taxis", "pecheurs", "medecins", "infirmieres",
    ]], window: 3 },
    // Shops looted in a riot; looted art or public funds are theft.
    looted: { crisis: "unrest", near: [["pillage", "pille", "pilles", "pillee", "pillees", "pillent", "pillaient"], [
      "magasins", "commerces", "boutiques", "supermarches", "maisons", "entrepots", "emeutiers", "foule", "casseurs",
      "emeutes",
    ]], window: 5 },
    "police-clashes": { crisis: "unrest", near: [["affronte*", "affrontement*", "s affrontent"], POLICE] },
    brawl: { crisis: "unrest", terms: ["bagarre generale", "rixe* geante*", "rixe* entre bandes"] },
    protest: { crisis: "unrest", terms: [
      "manifestant*", "manifestations", "emeute*", "emeutier*", "pillages", "pilleurs",
      "saccag*", "heurts", "gaz lacrymogene*", "descendus dans la rue", "soulevement*", "violences urbaines", "echauffouree*", "casseurs", "cocktail* molotov", "insurrection*",
      "mobilisation* contre",
    ] },
    crackdown: { crisis: "crackdown", terms: [
      "repression", "reprime*", "arrestations massives", "arrestations de masse", "tirer a balles reelles",
      "balles reelles", "tirer sans sommation",
    ] },
    "fire-on-crowds": { crisis: "crackdown", near: [[
      "tir*", "tire", "tirent", "tue*", "abattu*", "feu",
    ], CROWD] },
    "mass-arrests": { crisis: "crackdown", near: [[
      "arrest*", "interpell*", "detenu*", "emprisonn*", "arrete*", "garde a vue", "perquisition*",
    ], OPPONENTS] },
    // A court against the opposition or the press: "activists guilty in security trial", "juzgará al periodista".
    prosecution: { crisis: "crackdown", near: [[
      "execute", "executee", "executes", "execution*", "pendu", "pendus", "condamne a", "condamnee a", "condamnes a", "condamnees a", "condamne pour", "coupable*", "emprisonne*",
      "inculpe*", "juge pour", "proces de", "proces du", "persecut*", "persecution*",
    ], [...OPPONENTS, "blogueur*", "correspondant*"]] },
    // People, not armies, fighting each other: "student groups clash on campus".
    "group-clashes": { crisis: "unrest", near: [["affrontement*", "heurts", "s affrontent", "rixe*"], [
      "etudiants", "partisans", "habitants", "jeunes", "bandes", "ouvriers", "villageois",
    ]] },
    // Police violence against protesters or critics: "probe into police excesses at the protests".
    "police-violence": { crisis: "crackdown", near: [[
      "violences policieres", "brutalites policieres", "bavure* policiere*", "matraqu*",
    ], OPPONENTS] },
    // In a story about an epidemic a curfew is one of its health measures, not an emergency of its own.
    curfew: { crisis: "state-of-emergency", partOf: ["epidemic"], terms: ["couvre feu", "couvre feux"] },
    emergency: { crisis: "state-of-emergency", terms: [
      "etat d urgence", "loi martiale", "etat de siege", "etat d exception",
    ] },
    "internet-terms": { crisis: "internet-shutdown", terms: [
      "coupure* d internet", "coupure* internet", "black out numerique",
    ] },
    internet: {
      crisis: "internet-shutdown",
      near: [[
        "internet", "donnees mobiles", "reseaux sociaux", "whatsapp", "facebook", "telegram", "=X", "tiktok",
        "messageries",
      ], [
        "coupure*", "coupe*", "suspendu*", "suspend*", "bloque*", "blocage*", "restreint*", "restriction*",
        "inaccessible*", "ferme", "fermee", "fermes", "fermer", "fermeture*", "ralenti*", "bride*",
      ]],
    },
    coup: { crisis: "coup", terms: [
      "coup d etat", "coups d etat", "putsch*", "putschiste*", "tentative de coup",
      "prise de pouvoir par l armee",
    ] },
    ousted: {
      crisis: "coup",
      near: [["renverse*", "destitue*", "depose*"], ["president", "gouvernement", "chef de l etat"]],
      window: 4,
    },
    takeover: { crisis: "coup", near: [[
      "prennent le pouvoir", "prendre le pouvoir", "ont pris le pouvoir", "pris le pouvoir", "prend le pouvoir", "prise du pouvoir", "prise de pouvoir",
      "s emparent du pouvoir", "emparee du pouvoir", "empare du pouvoir",
    ], ["militaires", "armee", "junte", "soldats", "putschistes", "officiers"]], window: 4 },
    quake: { crisis: "earthquake", terms: [
      "seisme*", "tremblement* de terre", "secousse* sismique*", "replique* sismique*", "forte* replique*",
      "replique* du seisme", "tsunami*",
    ] },
    // "Magnitude" alone is also the size of anything: "une crise d'une magnitude inédite".
    magnitude: { crisis: "earthquake", near: [["magnitude"], [
      "secousse*", "epicentre", "richter", "sismique*", "frappe", "ressentie*", "secoue",
    ]], window: 6 },
    // Rain that kills or drives people out has flooded something: "las lluvias dejan 5 muertos".
    rains: { crisis: "flood", near: [["pluies", "pluie", "precipitations", "mousson", "orages", "episode cevenol", "episode mediterraneen"], [
      "morts", "mort", "deces", "disparus", "evacues", "victimes", "sinistres", "sans abri",
    ]], window: 6 },
    flood: { crisis: "flood", terms: [
      "inondation*", "inonde*", "crues", "crue du", "crue de la", "sous les eaux", "barrage* ont cede", "en crue", "montee des eaux", "rupture de digue*", "rupture de barrage", "submersion marine", "sorti de son lit", "sortie de son lit", "sortis de leur lit", "sortent de leur lit",
    ] },
    // Rain sets slopes sliding; the landslides an earthquake sets off are the earthquake's.
    landslide: { crisis: "flood", partOf: ["earthquake"], terms: ["coulee* de boue", "glissement* de terrain"] },
    // Hospitals are "submergés" by patients: only water submerges a street.
    submerged: { crisis: "flood", near: [["submerge*", "sous l eau"], [
      "eau*", "flots", "crue*", "pluie*", "riviere*", "fleuve*", "routes", "rues", "maisons", "quartiers",
      "village*", "champs", "caves",
    ]], window: 6 },
    storm: { crisis: "storm", terms: [
      "cyclone*", "ouragan*", "typhon*", "tornade*", "tempete tropicale", "vents violents", "depression tropicale", "orage* violent*", "violent* orage*", "tempete de neige", "tempete de sable", "orage* de grele",
    ] },
    "storm-weather": { crisis: "storm", near: [["tempete", "tempetes"], WEATHER], window: 10, named: true },
    wildfire: { crisis: "wildfire", terms: [
      "feu* de foret", "incendie* de foret", "feux de vegetation", "incendie* de vegetation", "mega feu*", "feux de broussailles", "incendie* de broussailles", "incendie* de garrigue",
      "megafeu*",
    ] },
    // A fire in the woods, not in a flat: "les incendies ravagent la forêt".
    blaze: { crisis: "wildfire", near: [["incendie*", "feux", "flammes", "brasier*"], [
      "foret*", "vegetation", "pinede*", "massif", "garrigue*", "broussailles", "maquis",
    ]], window: 5 },
    hectares: { crisis: "wildfire", near: [["hectares"], ["feu*", "brule*", "incendie*", "fumee"]] },
    drought: { crisis: "drought", terms: [
      "secheresse*", "penurie* d eau", "manque d eau", "stress hydrique", "restrictions d eau", "rationnement de l eau", "restrictions d usage de l eau",
    ] },
    disease: { crisis: "epidemic", terms: [
      "cholera", "ebola", "mpox", "variole du singe", "rougeole", "dengue", "paludisme", "peste", "poliomyelite", "polio", "fievre jaune", "chikungunya", "zika", "typhoide", "coqueluche", "diphterie", "meningite", "grippe porcine", "fievre de lassa", "fievre hemorragique", "=H5N1", "hantavirus",
      "pandemie*", "grippe aviaire",
    ] },
    epidemic: { crisis: "epidemic", near: [["epidemie*", "flambee*", "foyer*"], HEALTH], window: 10 },
    displacement: { crisis: "displacement", terms: [
      "deplaces", "deplacees", "personnes deplacees", "exode", "demandeurs d asile", "deplaces internes", "ont fui leur* foyer*", "fuir leur* foyer*", "chasses de chez eux", "contraints de fuir", "forces de fuir",
    ] },
    // An evacuation is displacement at the scale of thousands; "hundreds evacuate" as a precaution is not.
    evacuation: { crisis: "displacement", partOf: FORESEEN, near: [["evacu*"], SCALE] },
    // "Refugee" names a status ("abuse of refugees", a Gaza "refugee camp"); people on the move make displacement.
    refugees: { crisis: "displacement", near: [["refugie*"], [...SCALE, ...ARRIVING]] },
    flight: { crisis: "displacement", near: [["fuient", "fuir", "fui", "fuyant", "fuite"], MASS], window: 5 },
    food: { crisis: "food-crisis", terms: [
      "famine*", "crise alimentaire", "insecurite alimentaire", "malnutrition", "sous nutrition",
      "penurie* alimentaire*", "programme alimentaire mondial", "mourir de faim", "meurent de faim", "morts de faim", "mort de faim", "crise de la faim", "affame*",
    ] },
    shortage: {
      crisis: "food-crisis",
      near: [["manque*", "penurie*"], ["nourriture", "vivres", "aliments"]],
      window: 4,
    },
  },
  blocks: [
    // A life story: the war a person lived through long ago (issue 11).
    "vecu la guerre", "connu la guerre", "vecu la guerre et l exil",
    // The war as the setting of another story, and arms making (issue 11).
    "dans le contexte de la guerre", "contexte de guerre", "relance* par la guerre", "dope* par la guerre",
    "production d obus", "fabrication d obus", "usine* d obus", "usine* les obus", "usine* des obus",
    "production de missiles", "fabrication de missiles",
    "coup de tonnerre", "coup de theatre", "coup de gueule", "coup de coeur", "coup de pouce", "coup d envoi",
    "coup de main", "coup de projecteur", "coup de maitre", "coup de chapeau", "coup de foudre", "coup de fil",
    "coup dur", "coup de force mediatique", "tempete sous un crane", "raz de maree electoral",
    "guerre des chefs", "guerre des nerfs",
    "depuis le coup d etat", "depuis le putsch", "guerre mondiale", "premiere guerre", "seconde guerre",
    "grande guerre", "guerre froide", "derniere guerre", "anciens combattants", "veteran* de guerre", "guerre commerciale", "guerre des prix", "tempete de critiques",
    "tempete de protestations", "tempete mediatique", "tempete politique", "tempete dans un verre d eau",
    "repression des fraudes", "se sont deplaces", "se sont deplacees", "s etaient deplaces", "seisme politique", "greve de la faim", "flambee des prix",
    "flambee de violence", "forces de l ordre", "forces de securite", "tsunami democratic", "treve hivernale", "treve des confiseurs",
    "treve olympique", "treve estivale", "treve politique", "exode rural", "exode urbain", "exode des cerveaux",
    "exode fiscal", "enlevement des encombrants", "enlevement des ordures", "enlevement des dechets",
    "enlevement des vehicules", "la peste et le cholera", "le cholera et la peste", "depuis la pandemie",
    "avant la pandemie", "apres la pandemie", "depuis le covid", "avant le covid", "apres le covid", "post covid",
    "inonde de", "inondee de", "inondes de", "inondees de", "attentat a la pudeur", "guerre economique",
    "guerre douaniere", "guerre des tarifs", "guerre des etoiles", "guerre culturelle", "hache de guerre",
    "la tete sous l eau", "bombarde de", "bombardee de", "bombardes de", "bombardees de", "pendant la pandemie", "prochaine pandemie", "futures pandemies", "future pandemie", "traite sur les pandemies",
    "guerre contre la fraude", "guerre contre la drogue", "guerre contre les fake news", "guerre contre la corruption",
    "guerre contre l inflation", "guerre contre le cancer", "guerre contre la pauvrete", "guerre contre le plastique",
    "guerre contre la desinformation",
    "pendant le confinement", "durant la pandemie", "essai* de missile*", "tir* d essai", "essai* balistique*",
    "glissement de terrain electoral",
    "cabinet de guerre", "risque de guerre", "menace de guerre", "la guerre est elle inevitable", "bord de la guerre",
    "eviter la guerre", "eviter une guerre", "genocide armenien", "genocide des armeniens", "genocide des tutsi*",
    "genocide rwandais", "proces pour genocide", "pandemies", "fausses manifestations", "faux manifestants",
  ],
  cues: [
    "defile militaire", "defile du 14 juillet", "parade militaire",
    "festival", "cuisine", "recette*", "un livre", "le livre", "son livre", "ce livre", "nouveau livre",
    "dernier livre", "serie televisee", "serie netflix", "spectacle", "concert", "album", "piece de theatre",
    "festival de theatre", "salle de theatre", "mise en scene", "une histoire de", "historien*",
    "revolution francaise", "une exposition", "exposition sur", "exposition photo*", "exposition consacree",
    "musee", "anniversaire", "commemor*", "film", "notre critique", "critique de film*", "critique cinema",
    "critique litteraire", "documentaire", "roman",
    "ans apres", "realisateur*", "cinema",
  ],
  sport: [
    "club", "ligue 1", "ligue des champions", "match", "derby", "arbitre*", "arbitrage", "entraineur*",
    "supporters", "buts", "penalty", "saison", "coupe du monde", "coupe de france", "coupe d europe",
    "coupe de la ligue", "coupe d afrique", "joueurs", "footballeur*", "tournoi",
    "finale",
  ],
  crime: ["contrebandier*", "trafiquant*", "braconnier*", "braqueur*", "cambrioleur*", "malfaiteur*", "criminels",
    "narcotrafi*", "narcobanditisme", "narcos",
  ],
  minors: [
    "aux enfants", "aux mineurs", "aux adolescents", "pour les enfants", "pour les mineurs", "aux moins de",
    "moins de 15 ans", "moins de 16 ans", "majorite numerique", "verification de l age", "age minimum",
  ],
  negation: {
    following: [
      "pas", "jamais", "aucun", "aucune", "ni", "dement*", "exclut", "ecarte", "rumeur*", "fausse* information*",
      "infox",
    ],
    preceding: ["pas", "jamais"],
    undo: [
      "seulement", "que", "leve", "levee", "leves", "levees", "fini*", "termine*", "cess*", "faibli*", "arret*",
      "empeche*", "respecte*",
    ],
  },
};
