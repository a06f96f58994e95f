import { type CrisisLexicon, FORESEEN } from "./types.ts";

// biome-ignore format: a data table, filled to the line width
const ARMED = [
  "ejercito", "militares", "soldados", "tropas", "rebeldes", "milicia*", "guerrill*", "armad*", "fuerzas",
  "combatientes", "yihadistas", "paramilitar*",
];
const CROWD = ["manifestantes", "multitud*", "protestantes", "marcha*"];
// biome-ignore format: a data table, filled to the line width
const OPPONENTS = [
  ...CROWD, "opositores", "activistas", "periodistas", "disidentes", "lideres estudiantiles", "protesta*",
  "manifestacion*",
];
// "fuerzas de seguridad" is also a block, so its "fuerzas" makes no army in the clashes rule.
const POLICE = [
  "policia*",
  "carabineros",
  "antidisturbios",
  "agentes",
  "fuerzas de seguridad",
  "fuerzas del orden",
];
// A group's name says who, not what: only with an attack does it make terrorism.
const GROUPS = [
  "yihadista*",
  "estado islamico",
  "al qaeda",
  "boko haram",
  "al shabab",
  "neonazi*",
  "neo nazi*",
  "ultraderechista*",
];
// biome-ignore format: a data table, filled to the line width
const ATTACK = [
  "ataque*", "atacaron", "atentado*", "explosion*", "masacre*", "reivindic*", "secuestr*", "emboscada*",
  "asalto*", "bomba*", "matan", "mataron", "asesinan", "asesinaron",
];
// biome-ignore format: a data table, filled to the line width
const WEATHER = [
  "viento*", "lluvia*", "precipitacion*", "rachas", "meteorolog*", "inundacion*", "costa*", "oleaje", "km",
];
// biome-ignore format: a data table, filled to the line width
const HEALTH = [
  "casos", "contagio*", "infeccion*", "enferm*", "virus", "vacuna*", "salud", "hospital*", "pacientes",
  "muertes",
];
// "000" is the last group of a figure in the thousands: "600.000".
const SCALE = ["miles", "decenas de miles", "millon", "millones", "000"];
// biome-ignore format: a data table, filled to the line width
const ARRIVING = [
  "cientos", "llegada*", "llegan", "llegaron", "oleada*", "huyen", "huyeron", "huyendo", "cruza*", "cruzado",
  "varados", "exodo",
];
const MASS = ["miles", "cientos", "familias", "habitantes", "civiles", "violencia", "combates", "guerra"];

// biome-ignore format: a data table, filled to the line width
export const es: CrisisLexicon = {
  rules: {
    storming: { crisis: "unrest", near: [["asaltan", "asaltaron", "asaltado", "irrumpen", "irrumpieron"], [
      "manifestantes", "multitud", "simpatizantes", "partidarios", "parlamento", "congreso", "embajada",
      "palacio", "sede", "edificio", "capitolio", "ayuntamiento", "ministerio",
    ]], window: 4 },
    // Marching in numbers; a bishop who "se manifiesta contra" a law only speaks out.
    marches: { crisis: "unrest", near: [["se manifiestan", "se manifestaron", "marchan", "marcharon"], [
      "miles", "cientos", "decenas de miles", "000", "millares", "multitud*",
    ]], window: 4 },
    // One march against something; "la manifestación del problema" is no crowd.
    march: { crisis: "unrest", near: [["manifestacion", "concentracion"], [
      "contra", "miles", "cientos", "000", "multitud*", "masiva", "agricultores", "trabajadores", "estudiantes",
      "docentes", "maestros", "medicos", "sanitarios", "pensionistas", "sindicatos", "policias", "taxistas",
      "transportistas",
    ]], window: 3 },
    streets: { crisis: "unrest", terms: ["toman las calles", "salen a la calle", "salieron a la calle", "tomaron las calles"] },
    covid: { crisis: "epidemic", terms: ["covid*", "coronavirus", "confinamiento", "desescalada"] },
    war: { crisis: "armed-conflict", nameIsHistory: true, terms: [
      "guerra~", "genocidio", "guerra civil", "combates", "enfrentamientos armados", "bombardeo*", "bombardea*",
      "ataque* aereo*", "misil*", "artilleria", "ofensiva militar", "ofensiva terrestre", "contraofensiva",
      "alto el fuego", "cese al fuego", "linea del frente", "operacion militar", "ataque* con drones", "ataque* con misiles", "conflicto* armado*", "alerta* antiaerea*", "sirenas antiaereas",
    ] },
    // A belligerent's attacks: "ataque israelí en Gaza", "ofensiva rusa".
    belligerent: { crisis: "armed-conflict", near: [[
      "ataque", "ataques", "bombardeo", "ofensiva", "incursion", "asalto", "avance", "invasion",
    ], [
      "israeli", "israelies", "ruso", "rusa", "rusos", "rusas", "ucraniano*", "ucraniana*", "militar", "militares",
    ]], window: 2 },
    // An attack made with them: "ataque masivo con drones", "oleada de misiles".
    "attack-with": { crisis: "armed-conflict", near: [["ataque*", "oleada*", "lluvia"], [
      "drones", "misiles", "cohetes", "proyectiles",
    ]], window: 4 },
    clashes: {
      crisis: "armed-conflict",
      near: [[
        "enfrentamiento*", "enfrentaron", "abatio", "abatieron", "tomaron el control",
        "toman el control", "retoman", "avanzan", "avanzaron", "avanza", "retomaron", "recuperan el control", "recuperaron el control",
      ], ARMED],
    },
    // An attack or a massacre an army speaks of in a terror story is the terror attack: "the army said the
    // car bomb attack was carried out by dissidents".
    "armed-attack": { crisis: "armed-conflict", partOf: ["terrorism"], near: [[
      "emboscada*", "atacaron", "ataque", "ataques", "atacan", "ataco", "masacre*",
    ], ARMED] },
    terror: { crisis: "terrorism", terms: [
      "atentado*", "terroris*", "coche bomba", "atacante suicida", "terrorista suicida", "rehenes", "coches bomba", "artefacto* explosivo*",
      "secuestr*",
    ] },
    "group-attack": { crisis: "terrorism", near: [GROUPS, ATTACK], window: 8 },
    // A blast where people gather to pray, mourn or march, or at a checkpoint, is an attack; a gas blast in a flat or a mine is not.
    "blast-at": { crisis: "terrorism", near: [["explosion", "explosiones", "estallido"], [
      "mezquita", "iglesia", "sinagoga", "templo", "santuario", "puesto de control", "convoy", "comisaria", "mitin",
      "boda", "funeral", "terminal de autobuses",
    ]], window: 4 },
    // Soldiers and fighters killed or killing are casualties of war (gunmen and militants may be terrorists);
    // soldiers a suicide bomber kills are the terror attack's.
    casualties: { crisis: "armed-conflict", partOf: ["terrorism"], near: [["mata", "matan", "mato", "mataron", "muertos", "mueren", "murieron", "heridos", "abatid*"], [
      "soldados", "militares", "ejercito", "rebeldes", "milicia*", "guerrill*", "combatientes", "paramilitar*",
    ]], window: 3 },
    // The group's own machinery, a cell or its propaganda, is the terror story even with no attack.
    "group-cell": { crisis: "terrorism", near: [GROUPS, ["celula*", "propagand*", "captacion", "reclutador*", "adoctrin*"]], window: 4 },
    // Shops looted in a riot; looted art or public funds are theft.
    looted: { crisis: "unrest", near: [["saqueo", "saquean", "saquearon", "saqueado*", "saquea", "saqueaban"], [
      "tiendas", "comercios", "negocios", "supermercados", "locales", "almacenes", "viviendas", "casas", "multitud",
      "turba*", "disturbios",
    ]], window: 5 },
    "police-clashes": {
      crisis: "unrest",
      near: [["enfrentamiento*", "enfrentaron", "choque*", "chocaron"], POLICE] ,
    },
    brawl: { crisis: "unrest", terms: ["pelea multitudinaria", "reyerta multitudinaria", "batalla campal"] },
    protest: { crisis: "unrest", terms: [
      "protestas", "protestaron", "protestan", "manifestantes", "manifestaciones", "disturbios", "saqueos",
      "revuelta*", "estallido social", "gas* lacrimogeno*", "movilizaciones", "cacerolazo*", "motin", "motines", "barricadas", "coctel* molotov", "insurreccion", "levantamiento popular",
    ] },
    crackdown: { crisis: "crackdown", terms: [
      "represion", "reprimi*", "reprime", "reprimen", "reprimir", "detenciones masivas", "arrestos masivos", "balas de goma", "fuego real",
    ] },
    "fire-on-crowds": { crisis: "crackdown", near: [[
      "dispar*", "abrio fuego", "abrieron fuego", "balea*", "mato", "mataron",
    ], CROWD] },
    "mass-arrests": { crisis: "crackdown", near: [[
      "detenid*", "detuvo", "detuvieron", "detienen", "arrest*", "encarcel*",
    ], OPPONENTS] },
    // A court against the opposition or the press: "activists guilty in security trial", "juzgará al periodista".
    prosecution: { crisis: "crackdown", near: [[
      "ejecutado", "ejecutada", "ejecutados", "ejecuta a", "ejecutan", "ejecuto", "ley de seguridad nacional", "ahorcad*", "condenad*", "condena a", "juzga*", "juicio contra", "procesad*", "culpable*", "persecucion", "persigue*",
    ], [...OPPONENTS, "manifestante", "periodista", "activista", "opositor", "disidente", "bloguero*", "corresponsal*"]] },
    // People, not armies, fighting each other: "student groups clash on campus".
    "group-clashes": { crisis: "unrest", near: [["enfrentamiento*", "enfrentaron", "choque*", "chocaron", "reyerta*"], [
      "estudiantes", "simpatizantes", "partidarios", "vecinos", "jovenes", "trabajadores", "pobladores",
    ]] },
    // Police violence against protesters or critics: "probe into police excesses at the protests".
    "police-violence": { crisis: "crackdown", near: [[
      "brutalidad policial", "violencia policial", "abusos policiales", "apalea*",
    ], OPPONENTS] },
    // In a story about an epidemic a curfew is one of its health measures, not an emergency of its own.
    curfew: { crisis: "state-of-emergency", partOf: ["epidemic"], terms: ["toque* de queda"] },
    emergency: { crisis: "state-of-emergency", terms: [
      "estado de excepcion", "estado de alarma", "estado de emergencia", "estado de sitio", "ley marcial",
      "suspende* garantias", "emergencia nacional", "declara la emergencia", "declaran la emergencia", "declara emergencia", "declarada la emergencia",
    ] },
    "internet-terms": { crisis: "internet-shutdown", terms: [
      "apagon de internet", "apagon digital", "corte* de internet",
    ] },
    internet: {
      crisis: "internet-shutdown",
      near: [[
        "internet", "datos moviles", "redes sociales", "whatsapp", "facebook", "=X", "telegram", "tiktok",
        "mensajeria",
      ], [
        "apagon", "corta*", "corte*", "bloquea*", "bloqueo*", "bloqueado*", "bloquear", "restring*", "restriccion*",
        "suspend*", "suspension", "ralentiz*",
      ]],
    },
    coup: { crisis: "coup", terms: [
      "golpe de estado", "golpe militar", "intento de golpe", "golpista*", "asonada", "autogolpe*", "sublevacion militar", "alzamiento militar", "levantamiento militar",
    ] },
    ousted: {
      crisis: "coup",
      near: [["derroca*", "depuesto", "destituido por"], ["presidente", "gobierno"]],
      window: 4,
    },
    takeover: { crisis: "coup", near: [[
      "toman el poder", "tomaron el poder", "toma el poder", "tomar el poder", "toma del poder", "se hacen con el poder",
    ], ["militares", "ejercito", "junta", "soldados", "golpistas", "oficiales"]], window: 4 },
    quake: { crisis: "earthquake", terms: [
      "terremoto*", "sismo*", "tsunami*", "replicas sismicas", "replica sismica", "fuertes replicas", "movimiento* telurico*",
    ] },
    // "Temblor" is also a shiver: "un temblor en la voz".
    tremor: { crisis: "earthquake", near: [["temblor*"], [
      "magnitud", "tierra", "epicentro", "richter", "sismologic*", "sismic*", "sacud*", "escala", "replica*",
      "intensidad", "fuerte", "fuertes", "grados", "se sintio", "sentido",
    ]], window: 6 },
    // "Magnitud" alone is also the size of anything: "la magnitud del desafío".
    magnitude: { crisis: "earthquake", near: [["magnitud"], [
      "sacude", "sacudio", "epicentro", "richter", "sismologico*", "sismica*", "movimiento telurico",
    ]], window: 6 },
    // Rain that kills or drives people out has flooded something: "las lluvias dejan 5 muertos".
    rains: { crisis: "flood", near: [["lluvias", "lluvia", "aguaceros", "precipitaciones", "tormentas", "monzon", "=DANA", "gota fria", "tromba*", "diluvio*"], [
      "muertos", "muerto", "fallecidos", "desaparecidos", "damnificados", "evacuados", "victimas", "mortales", "estragos", "arrastr*", "rescat*",
    ]], window: 6 },
    flood: { crisis: "flood", terms: [
      "inundacion*", "inundad*", "anegad*", "anegamiento*", "crecida*", "riada*", "bajo el agua",
    ] },
    // Rain sets slopes sliding; the landslides an earthquake sets off are the earthquake's.
    landslide: { crisis: "flood", partOf: ["earthquake"], terms: [
      "deslave*", "alud* de lodo", "deslizamiento* de tierra", "corrimiento* de tierra",
    ] },
    // Rivers overflow; so do cinemas and patience ("cines desbordados", "desbordado por la demanda").
    overflow: { crisis: "flood", near: [["desbord*"], [
      "rio*", "arroyo*", "rambla*", "cauce*", "barranco*", "agua*", "lluvia*", "presa", "embalse*", "calles",
      "caudal", "torrente*",
    ]], window: 6 },
    storm: { crisis: "storm", terms: [
      "huracan*", "tormenta tropical", "tifon*", "ciclon*", "tornado*", "vientos huracanados", "depresion tropical", "tormenta de nieve", "tormenta de arena", "ventisca*", "ciclogenesis explosiva",
    ] },
    "storm-weather": {
      crisis: "storm",
      near: [["tormenta", "tormentas", "temporal", "borrasca", "vendaval", "vendavales"], WEATHER],
      window: 10,
      named: true,
    },
    wildfire: { crisis: "wildfire", terms: [
      "incendio* forestal*", "incendios de vegetacion", "megaincendio*",
    ] },
    // A fire on the hills, not in a flat: "incendio en la sierra de Gredos".
    blaze: { crisis: "wildfire", near: [["incendio*", "fuego*", "llamas"], [
      "monte*", "bosque*", "forestal*", "vegetacion", "pinar*", "sierra", "hectareas",
    ]], window: 5 },
    hectares: { crisis: "wildfire", near: [["hectareas"], ["incendio*", "fuego*", "quemad*", "calcinad*"]] },
    drought: { crisis: "drought", terms: ["sequia*", "escasez de agua", "falta de agua", "estres hidrico", "restricciones de agua", "racionamiento de agua", "malas cosechas", "perdida* de cosecha*"] },
    disease: { crisis: "epidemic", terms: [
      "dengue", "el colera", "del colera", "de colera", "contra el colera", "ebola", "sarampion", "viruela del mono", "viruela simica", "mpox", "paludismo",
      "pandemia*", "gripe aviar", "polio", "poliomielitis", "fiebre amarilla", "chikungunya", "zika", "fiebre tifoidea", "tos ferina", "difteria", "meningitis", "gripe porcina", "fiebre de lassa", "=H5N1", "hantavirus",
    ] },
    epidemic: { crisis: "epidemic", near: [["epidemia*", "brote*"], HEALTH], window: 10 },
    displacement: { crisis: "displacement", terms: [
      "desplazados", "desplazadas", "desplazamiento* forzado*", "dejar sus hogares", "abandonar sus hogares",
      "solicitantes de asilo", "huir de sus hogares", "abandonaron sus hogares", "obligados a huir", "forzados a huir", "desplazamiento* masivo*",
    ] },
    // An evacuation is displacement at the scale of thousands; "hundreds evacuate" as a precaution is not.
    evacuation: { crisis: "displacement", partOf: FORESEEN, near: [["evacuad*", "evacuacion*", "evacuar", "evacuaron", "desaloj*"], SCALE] },
    // "Refugee" names a status ("abuse of refugees", a Gaza "refugee camp"); people on the move make displacement.
    refugees: { crisis: "displacement", near: [["refugiad*"], [...SCALE, ...ARRIVING]] },
    // What displaces people: "la violencia desplaza a miles".
    displaces: { crisis: "displacement", near: [["desplaza", "desplazan", "desplazo", "desplazaron"], [
      ...SCALE, "cientos", "familias", "habitantes", "personas",
    ]], window: 3 },
    flight: { crisis: "displacement", near: [["huyen", "huyeron", "huir", "huyendo"], MASS], window: 5 },
    food: { crisis: "food-crisis", terms: [
      "hambruna*", "hambre", "desnutricion", "inseguridad alimentaria", "crisis alimentaria",
      "escasez de alimentos",
    ] },
  },
  blocks: [
    // A life story: the war a person lived through long ago (issue 11).
    "vivido la guerra", "vivio la guerra", "vivi la guerra", "conocio la guerra",
    // The war as the setting of another story, and arms making (issue 11).
    "en el contexto de la guerra", "contexto de guerra", "preocupacion por la guerra", "impulsad* por la guerra",
    "reactivad* por la guerra", "produccion de misiles", "fabricacion de misiles", "produccion de proyectiles",
    "golpe de efecto", "golpe de timon", "golpe de suerte", "golpe sobre la mesa", "golpe de calor",
    "golpe de gracia", "tormenta de ideas", "tormenta perfecta", "batalla campal entre diputados",
    "victimas de la guerra civil", "guerra civil espanola",
    "desde el golpe", "guerra mundial", "guerra fria", "ultima guerra", "veterano* de guerra", "guerra comercial", "guerra de precios",
    "guerra civil espanola", "tormenta de criticas", "tormenta de quejas", "tormenta politica",
    "huelga de hambre", "brote de violencia", "terremoto politico", "fuerzas de seguridad", "fuerzas del orden",
    "tsunami democratic", "hacha de guerra", "sequia goleadora", "sequia de goles", "sequia de titulos",
    "antes de la pandemia", "desde la pandemia", "tras la pandemia", "despues de la pandemia", "antes del covid",
    "tras el covid", "atentado contra la libertad", "atentado contra la democracia", "atentado contra el medio ambiente",
    "atentado contra la salud", "atentado contra el patrimonio", "atentado contra los derechos", "terrorismo machista",
    "secuestro de carbono", "secuestro de datos", "inundado de", "inundada de", "guerra arancelaria",
    "guerra de aranceles", "guerra cultural", "guerra sucia", "guerra de audiencias", "guerra de cifras",
    "guerra de nervios", "guerra de las galaxias", "guerra de relatos", "guerra judicial", "durante la pandemia", "proxima pandemia", "futuras pandemias", "futura pandemia", "tratado de pandemias",
    "tratado sobre pandemias", "guerra a los bulos", "guerra contra los bulos", "guerra contra la corrupcion",
    "guerra contra la droga", "guerra contra las drogas", "guerra contra el fraude", "guerra contra la inflacion",
    "guerra contra la desinformacion", "guerra contra el cancer",
    "durante el confinamiento", "en tiempos de pandemia", "caso tsunami", "causa de tsunami", "causa del tsunami",
    "prueba* de misil*", "ensayo* de misil*", "lanzamiento de prueba",
    "gabinete de guerra", "riesgo de guerra", "amenaza de guerra", "al borde de la guerra", "evitar una guerra",
    "evitar la guerra", "genocidio armenio", "genocidio de ruanda", "juicio por genocidio", "pandemias",
  ],
  cues: [
    "desfile militar", "desfile de la victoria",
    "festival", "cocina", "receta*", "libro", "serie de television", "serie de netflix", "concierto", "album",
    "obra de teatro", "funcion de teatro", "festival de teatro", "sala de teatro", "una historia de", "historiador*", "franquis*", "memoria historica",
    "museo", "una exposicion", "exposicion sobre", "exposicion de fotos", "exposicion fotografica", "aniversario", "conmemora*", "pelicula", "resena", "documental", "novela",
    "anos despues", "estreno", "cine",
  ],
  sport: [
    "club", "liga", "partido de futbol", "derbi", "arbitro*", "entrenador*", "aficion", "aficionados", "hinchas",
    "gol", "goles", "penalti", "temporada", "delantero*", "copa", "futbolista*", "seleccion", "torneo",
    "eurocopa", "el mundial", "mundial de futbol",
  ],
  crime: ["contrabandista*", "narcotraficante*", "traficantes", "cazadores furtivos", "ladrones", "atracadores", "delincuentes",
    "narco", "narcos", "narcolancha*", "narcotrafico",
  ],
  minors: [
    "a los menores", "para menores", "para los menores", "a menores", "a los ninos", "para ninos", "menores de 14",
    "menores de 15", "menores de 16", "verificacion de edad", "edad minima",
  ],
  negation: {
    following: [
      "no", "nunca", "ningun", "ninguna", "ninguno", "niega*", "nego", "negaron", "desmient*", "desmintio",
      "descarta*", "descarto", "rumor*", "bulo*",
    ],
    preceding: ["no"],
    undo: [
      "solo", "solamente", "levant*", "termin*", "cesa", "cesan", "ceso", "cesaron", "cede", "ceden",
      "amain*", "frena*", "impid*", "respet*",
    ],
  },
};
