import { type CrisisLexicon, FORESEEN } from "./types.ts";

// biome-ignore format: a data table, filled to the line width
const ARMED = [
  "armee", "militar*", "truppen", "soldaten", "rebellen", "miliz*", "kampfer", "streitkrafte*",
  "aufstandische*", "dschihadisten", "*truppen", "panzer*", "paramilitar*", "bewaffnete*",
];
// biome-ignore format: a data table, filled to the line width
const CROWD = [
  "demonstrant*", "demonstrierende*", "protestierende*", "menge", "menschenmenge*", "kundgebung*",
];
// biome-ignore format: a data table, filled to the line width
const OPPONENTS = [
  ...CROWD, "oppositionelle*", "aktivist*", "regierungskritiker*", "journalist*", "opposition*", "*proteste",
  "*protesten", "demonstration*",
];
const POLICE = ["polizei*", "polizisten", "sicherheitskrafte*", "bereitschaftspolizei"];
// A group's name says who, not what: only with an attack does it make terrorism.
const GROUPS = [
  "islamist*",
  "dschihadist*",
  "=IS",
  "islamische* staat*",
  "al shabaab",
  "boko haram",
  "rechtsextrem*",
  "neonazi*",
];
// biome-ignore format: a data table, filled to the line width
const ATTACK = [
  "*anschlag*", "angriff*", "angegriffen", "attack*", "bombe*", "explosion*", "massaker*", "uberfall*",
  "uberfielen", "entfuhr*", "bekannte*", "reklamiert*", "toten", "toteten", "getotet", "ermordet*",
];
// biome-ignore format: a data table, filled to the line width
const WEATHER = [
  "wind*", "boen", "orkan*", "regen*", "unwetter*", "niederschlag*", "meteorolog*", "wetterdienst*", "flut*",
  "sturmflut*", "kuste*", "km",
];
// biome-ignore format: a data table, filled to the line width
const HEALTH = [
  "falle", "fallen", "infektion*", "infiziert*", "virus", "krankheit*", "impf*", "gesundheit*",
  "krankenhaus*", "krankenhauser", "patient*", "todesfalle", "erkrank*",
];
// "000" is the last group of a figure in the thousands: "30.000".
const SCALE = ["tausende", "zehntausende", "million", "millionen", "000"];
// biome-ignore format: a data table, filled to the line width
const ARRIVING = [
  "hunderte", "zustrom", "welle", "ankunft", "ankommen*", "angekommen", "fliehen", "flohen",
  "geflohen", "uber die grenze", "gestrandet*", "strom",
];
// biome-ignore format: a data table, filled to the line width
const MASS = [
  "tausende", "zehntausende", "hunderttausende", "hunderte", "menschen", "familien", "zivilisten", "bewohner", "kampfen", "gewalt", "krieg",
];

// biome-ignore format: a data table, filled to the line width
export const de: CrisisLexicon = {
  rules: {
    storming: { crisis: "unrest", near: [["sturmen", "sturmten", "sturmt", "gesturmt", "ersturm*"], [
      ...CROWD, "anhanger*", "parlament*", "botschaft*", "rathaus*", "regierungssitz*", "palast*", "gebaude*",
      "kapitol*", "gefangnis*", "ministerium*",
    ]], window: 4 },
    covid: { crisis: "epidemic", terms: [
      "corona*", "covid*", "*inzidenz*", "neuinfektion*", "*infektionen", "lockdown*", "infektionsgeschehen",
    ] },
    thunder: { crisis: "storm", terms: ["unwetter*", "extreme gewitter", "heftige gewitter", "schwere gewitter"] },
    war: { crisis: "armed-conflict", terms: [
      "krieg~", "volkermord*", "genozid*", "burgerkrieg*", "luftangriff*", "raketenangriff*", "drohnenangriff*", "artillerieangriff*",
      "bodenangriff*", "grossangriff*", "beschuss", "beschossen", "*gefecht*", "kampfe", "bei kampfen",
      "heftigen kampfen", "schweren kampfen", "blutigen kampfen", "nach kampfen", "in kampfen",
      "kampfhandlungen", "bombardier*", "bombardement*", "artillerie*", "marschflugkorper", "raketeneinschlag*",
      "raketenbeschuss", "raketenalarm", "vergeltungsangriff*", "vergeltungsschlag*", "militarschlag*", "raketenhagel", "raketen angriff*", "raketen auf", "rakete auf",
      "militaroffensive*", "bodenoffensive*", "gegenoffensive*", "waffenruhe", "feuerpause",
      "waffenstillstand*", "frontlinie*", "schusswechsel*", "luftabwehr", "angriffskrieg*", "luftschlag*", "luftschlage*", "bombenangriff*", "granatbeschuss", "granatangriff*", "morserbeschuss", "drohnenattacke*", "raketenattacke*", "bewaffnete* konflikt*", "luftalarm",
    ] },
    // A rocket that is fired or lands; one that carries satellites is no war.
    rockets: { crisis: "armed-conflict", near: [["rakete", "raketen", "drohnen", "marschflugkorper"], [
      "abgefeuert", "feuert*", "schlug* ein", "eingeschlagen", "abgefangen", "einschlag*", "beschoss*", "treffen",
      "trafen", "getroffen", "abgeschossen", "schiesst* ab",
    ]], window: 4 },
    // A belligerent's attacks: "wehrt russische Offensive ab", "israelische Luftschläge".
    belligerent: { crisis: "armed-conflict", near: [[
      "offensive", "angriff", "angriffe", "angriffen", "vorstoss", "vorstosse", "bombardierung*", "luftschlag*",
      "luftschlage*", "gegenangriff*", "invasion", "einmarsch",
    ], [
      "russisch*", "ukrainisch*", "israelisch*", "iranisch*", "armee", "truppen", "militar*",
    ]], window: 2 },
    // An attack made with them: "Angriff mit Drohnen", "massive Attacke mit Raketen".
    "attack-with": { crisis: "armed-conflict", near: [["angriff*", "attacke*", "welle"], [
      "drohnen", "raketen", "marschflugkorpern", "kampfjets", "artillerie",
    ]], window: 4 },
    clashes: {
      crisis: "armed-conflict",
      near: [[
        "zusammenstosse*", "eroberten", "erobern", "erobert", "uberrannt*",
        "ruckt", "rucken", "ruckten", "vorgeruckt", "vormarsch*", "einmarsch*",
      ], ARMED],
    },
    // An attack or a massacre an army speaks of in a terror story is the terror attack: "the army said the
    // car bomb attack was carried out by dissidents".
    "armed-attack": { crisis: "armed-conflict", partOf: ["terrorism"], near: [[
      "uberfielen", "angegriffen", "massaker*",
    ], ARMED] },
    terror: { crisis: "terrorism", terms: [
      "*terror*", "*anschlag", "*anschlage", "*anschlagen", "*anschlags", "attentat*", "selbstmordattentat*",
      "autobombe*", "bombenexplosion*", "geisel*", "entfuhr*",
    ] },
    "group-attack": { crisis: "terrorism", near: [GROUPS, ATTACK], window: 8 },
    // A blast where people gather to pray, mourn or march, or at a checkpoint, is an attack; a gas blast in a flat or a mine is not.
    "blast-at": { crisis: "terrorism", near: [["explosion", "explosionen", "detonation"], [
      "moschee", "kirche", "synagoge", "tempel", "schrein", "kontrollpunkt", "checkpoint", "konvoi", "polizeistation",
      "kundgebung", "hochzeit", "trauerfeier", "busbahnhof",
    ]], window: 4 },
    // Soldiers and fighters killed or killing are casualties of war (gunmen and militants may be terrorists);
    // soldiers a suicide bomber kills are the terror attack's.
    casualties: { crisis: "armed-conflict", partOf: ["terrorism"], near: [["getotet", "totet", "toten", "toteten", "verletzt", "gefallen"], [
      "soldaten", "armee", "truppen", "rebellen", "miliz*", "kampfer", "aufstandische*", "paramilitar*",
    ]], window: 3 },
    // The group's own machinery, a cell or its propaganda, is the terror story even with no attack.
    "group-cell": { crisis: "terrorism", near: [GROUPS, ["zelle*", "propaganda*", "anwerber*", "rekrutier*"]], window: 4 },
    brawl: { crisis: "unrest", terms: ["massenschlagerei*", "massenprugelei*"] },
    protest: { crisis: "unrest", terms: [
      "*proteste", "*protesten", "protestierende*", "protestwelle*", "demonstrant*", "demonstrier*",
      "demonstrationen", "unruhen", "krawall*", "ausschreitungen", "plunderungen", "plunderer", "randal*", "aufstand",
      "aufruhr", "tranengas", "wasserwerfer", "strassenschlacht*", "aufstand~", "steinewerfer*", "lynchmob*", "volksaufstand*", "massenprotest", "protestmarsch*", "protestzug*", "molotow*",
    ] },
    // Shops looted in a riot; looted art or public funds are theft.
    looted: { crisis: "unrest", near: [["geplundert", "plunderten", "plundern", "plundert", "plunderung"], [
      "geschafte*", "laden", "supermarkt*", "hauser*", "lager*", "randalierer", "mob", "menge", "unruhen",
    ]], window: 5 },
    // A march against someone: "Demo gegen die Regierung", "Kundgebung mit Tausenden".
    march: { crisis: "unrest", near: [["demo", "demos", "demonstration", "kundgebung", "grossdemo*", "massenprotest", "protestmarsch", "sternmarsch*"], [
      "gegen", "tausende", "zehntausende", "hunderte", "000", "aufgelost", "bauern", "landwirte", "beschaftigte*",
      "studenten", "schuler", "lehrer", "arzte", "pflegekrafte", "gewerkschaft*", "polizisten",
    ]], window: 3 },
    "police-clashes": {
      crisis: "unrest",
      near: [["zusammenstosse*", "zusammengestossen", "lieferten sich"], POLICE],
    },
    crackdown: { crisis: "crackdown", terms: [
      "schiessbefehl*", "massenfestnahme*", "massenverhaftung*", "niederschlagung", "scharfe munition", "repression*",
    ] },
    "fire-on-crowds": {
      crisis: "crackdown",
      near: [[
        "schiesst", "schiessen", "schossen", "geschossen", "erschossen", "schusse", "feuer", "totete*", "getotet",
      ], CROWD],
    },
    "mass-arrests": { crisis: "crackdown", near: [[
      "festnahme*", "festgenommen", "verhaftet*", "verhaftung*", "inhaftiert*", "fest", "razzia*",
    ], OPPONENTS], window: 10 },
    // A court against the opposition or the press: "activists guilty in security trial", "juzgará al periodista".
    prosecution: { crisis: "crackdown", near: [[
      "hingerichtet", "hinrichtung*", "exekutiert", "verurteilt*", "verfolgung", "sicherheitsgesetz*", "schuldig", "haftstrafe*", "angeklagt", "prozess gegen", "vor gericht",
    ], [...OPPONENTS, "oppositionspolitiker*", "dissident*", "blogger*", "reporter*", "korrespondent*"]] },
    // People, not armies, fighting each other: "student groups clash on campus".
    "group-clashes": { crisis: "unrest", near: [["zusammenstosse*", "zusammengestossen", "auseinandersetzung*"], [
      "studenten", "anhanger*", "arbeiter*", "dorfbewohner*", "jugendliche*",
    ]] },
    // Police violence against protesters or critics: "probe into police excesses at the protests".
    "police-violence": { crisis: "crackdown", near: [[
      "polizeigewalt", "polizeibrutalitat", "brutale polizei*", "prugelnde polizist*",
    ], OPPONENTS] },
    // In a story about an epidemic a curfew is one of its health measures, not an emergency of its own.
    curfew: { crisis: "state-of-emergency", partOf: ["epidemic"], terms: ["ausgangssperre*", "ausgangsverbot*"] },
    emergency: { crisis: "state-of-emergency", terms: [
      "ausnahmezustand*", "*notstand*", "kriegsrecht*", 
      "notverordnung*", "katastrophenfall", "katastrophenalarm",
    ] },
    "internet-terms": { crisis: "internet-shutdown", terms: [
      "internetsperre*", "netzsperre*", "internetblockade*", "internetabschaltung*", "netzabschaltung*",
    ] },
    internet: {
      crisis: "internet-shutdown",
      near: [["internet*", "mobilfunk*", "netzwerke*", "medien", "whatsapp", "telegram", "instagram", "facebook", "=X", "youtube", "tiktok", "messenger*"], [
        "gesperrt", "sperr*", "abgeschalt*", "abschalt*", "abgestellt", "abstell*", "lahmgelegt", "lahmleg*",
        "blockier*", "eingeschrankt", "einschrank*", "unterbroch*", "unterbrech*", "gekappt", "kappt*", "gedrosselt", "drossel*",
      ]],
      window: 8,
    },
    coup: { crisis: "coup", terms: [
      "*putsch*", "staatsstreich*", "umsturz*", "militarische machtubernahme",
    ] },
    ousted: {
      crisis: "coup",
      near: [[
        "gesturzt", "sturzten", "abgesetzt", "entmachtet",
      ], ["prasident*", "regierung*", "staatschef*"]],
      window: 4,
    },
    takeover: { crisis: "coup", near: [[
      "ubernimmt die macht", "ubernahm die macht", "ubernehmen die macht", "ubernahmen die macht", "machtubernahme",
      "an sich gerissen", "reisst die macht", "rissen die macht", "ergreifen die macht", "ergriffen die macht",
      "ergreift die macht", "ergriff die macht",
    ], ["militar*", "armee", "junta", "soldaten", "offiziere", "putschisten"]], window: 4 },
    quake: { crisis: "earthquake", terms: ["erdbeben*", "nachbeben*", "seebeben*", "erdstoss*", "tsunami*", "beben"] },
    // Rain that kills or drives people out has flooded something: "las lluvias dejan 5 muertos".
    rains: { crisis: "flood", near: [["regenfalle*", "starkregen", "dauerregen", "monsunregen", "wolkenbruch*"], [
      "tote", "toten", "todesopfer", "vermisst*", "evakuiert*", "obdachlos*",
    ]], window: 6 },
    flood: { crisis: "flood", terms: [
      "uberschwemmung*", "uberschwemmt", "hochwasser*", "land unter", "flut", "fluten", "flutkatastrophe*", "flutwelle*",
      "sturzflut*", "springflut*", "uberflut*", "uber die ufer", "dammbruch*", "deichbruch*", "flutopfer*", "flutgebiet*", "flutregion*", "flutwasser",
    ] },
    // Rain sets slopes sliding; the landslides an earthquake sets off are the earthquake's.
    landslide: { crisis: "flood", partOf: ["earthquake"], terms: ["erdrutsch*", "schlammlawine*", "hangrutsch*"] },
    storm: { crisis: "storm", terms: [
      "wirbelsturm*", "orkan*", "taifun*", "hurrikan*", "zyklon*", "tornado*", "unwetter*", "tropensturm*",
      "sturmtief*", "schneesturm*", "sturmflut*", "windhose*", "blizzard*", "sturmschad*", "sturmboe*", "hagelsturm*", "sandsturm*", "staubsturm*", "tropisch* sturm",
    ] },
    "storm-weather": { crisis: "storm", near: [["sturm", "sturme", "sturmen"], WEATHER], window: 10 },
    wildfire: { crisis: "wildfire", terms: [
      "waldbrand*", "buschfeuer*", "buschbrand*", "flachenbrand*", "vegetationsbrand*", "feuersbrunst", "feuerwalze*",
    ] },
    drought: { crisis: "drought", terms: ["durre*", "trockenheit", "wassermangel", "wasserknappheit", "*durre", "*durren", "ernteausfall*", "ernteausfalle*", "missernte*", "wasserrationierung*"] },
    disease: { crisis: "epidemic", terms: [
      "cholera*", "ebola*", "mpox", "affenpocken", "masern*", "dengue*", "marburg virus", "diphtherie",
      "meningitis", "pandemie*", "vogelgrippe", "seuche*", "pest", "polio", "kinderlahmung", "gelbfieber", "zika*", "typhus", "milzbrand", "keuchhusten", "lassa*", "nipah*", "schweinegrippe", "=H5N1", "=SARS", "hantavirus",
    ] },
    epidemic: { crisis: "epidemic", near: [["*epidemie*", "ausbruch"], HEALTH], window: 10 },
    displacement: { crisis: "displacement", terms: [
      "vertrieben*", "vertreibung*", "binnenvertriebene*", "ihre hauser verlassen",
      "ihre hauser verlassen mussten", "notunterkunft*", "zur flucht gezwungen",
    ] },
    // An evacuation is displacement at the scale of thousands; "hundreds evacuate" as a precaution is not.
    evacuation: { crisis: "displacement", partOf: FORESEEN, near: [["evakuier*", "in sicherheit gebracht"], SCALE] },
    // "Refugee" names a status ("abuse of refugees", a Gaza "refugee camp"); people on the move make displacement.
    refugees: { crisis: "displacement", near: [["*fluchtling*", "*gefluchtete*"], [...SCALE, ...ARRIVING]] },
    // "Auf der Flucht" alone is also a suspect on the run.
    flight: { crisis: "displacement", near: [[
      "auf der flucht", "fliehen", "flohen", "geflohen", "fluchten", "fluchteten",
    ], MASS], window: 5 },
    food: { crisis: "food-crisis", terms: [
      "hungersnot*", "hunger", "hungerkrise*", "unterernahrung", "unterernahrt*", "mangelernahrung",
      "nahrungsmittelknappheit", "lebensmittelknappheit", "ernahrungskrise*", "verhunger*", "hungernde*", "hungerkatastrophe*", "nahrungsmittelkrise*", "lebensmittelkrise*", "ernahrungsunsicherheit", "lebensmittelmangel", "nahrungsmittelmangel",
    ] },
  },
  blocks: [
    // A life story: the war a person lived through long ago (issue 11).
    "krieg erlebt", "krieg miterlebt", "krieg und flucht erlebt", "den krieg erlebt",
    // The war as the setting of another story, and arms making (issue 11).
    "im kontext des krieges", "vor dem hintergrund des krieges", "produktion von artillerie*",
    "produktion von marschflugkorpern",
    "sturm der entrustung", "im sturm erobert", "im sturm erobern", "sturm im wasserglas", "krieg der bilder",
    "shitstorm*", "sturm und drang", "corona bier", "coronabier",
    "seit dem putsch", "seit dem militarputsch", "kalter krieg", "kalten krieg", "kalten krieges",
    "letzten krieg", "letzten krieges", "vorigen krieg", "vorigen krieges", "veteran* des krieges",
    "krieg der worte", "krieg der sterne", "flut an", "flut von", "sturm der", "anti terror*",
    "ausbruch der gewalt", "ausbruch des krieges", "ausbruch der kampfe", "politisches erdbeben",
    "hungerstreik*", "unter beschuss", "politischer erdrutsch", "politisches erdrutsch", "tsunami democratic", "erdrutschsieg*", "erdrutschartig*",
    "wortgefecht*", "scheingefecht*", "ruckzugsgefecht*", "*voranschlag*", "psychoterror", "telefonterror",
    "konsumterror", "hunger nach", "heisshunger", "durrenmatt*", "pest und cholera", "pest oder cholera",
    "vor corona", "seit corona", "nach corona", "vor der pandemie", "seit der pandemie", "nach der pandemie",
    "wahrend der pandemie", "nachste pandemie", "nachsten pandemie", "kunftige pandemie*", "kunftigen pandemie*",
    "pandemievorsorge", "pandemievertrag*", "pandemieabkommen*", "krieg gegen drogen", "krieg gegen die drogen",
    "krieg gegen den krebs", "krieg gegen die armut", "krieg gegen korruption", "krieg gegen die korruption", "wahrend der corona pandemie", "wahrend des lockdowns", "politisches beben", "politische beben",
    "raketentest*", "testabschuss*", "tornado kampfjet*", "eurofighter*", "blindganger*", "fliegerbombe*",
    "kriegskabinett*", "kriegsgefahr", "angst vor krieg", "angst vor einem krieg", "drohender krieg", "drohenden krieg*",
    "krieg verhindern", "krieg zu verhindern", "am rande eines krieges", "volkermord an den armeniern",
    "volkermord an den herero", "volkermord in ruanda", "volkermordprozess*", "volkermord konvention", "pandemien",
  ],
  cues: [
    "militarparade*", "siegesparade*",
    "festival*", "kuche", "rezept*", "buch", "sachbuch*", "fernsehserie*", "netflix serie", "konzert*", "album",
    "theater*", "eine geschichte der", "eine geschichte des", "historiker*", "kochbuch*",
    "ausstellung*", "museum*", "jahrestag*", "gedenk*", "film", "films", "filmkritik*", "kinofilm*",
    "dokumentarfilm*", "rezension*", "neuverfilmung*", "premiere", "roman",
  ],
  sport: [
    "verein", "vereins", "vereine", "sportverein*", "fussballverein*", "liga", "bundesliga", "spiele", "derby", "schiedsrichter*", "trainer*", "fans", "tore",
    "elfmeter*", "saison", "sturmer", "mannschaft*", "pokal*", "fussball*", "amateur fussball", "rote karte",
    "roten karte", "abstieg", "spieltag*",
  ],
  crime: ["schmuggler*", "drogenhandler*", "menschenhandler*", "wilderer", "rauber*", "einbrecher*", "kriminelle*",
    "drogenbande*", "drogenboss*", "narco*", "narcos",
  ],
  minors: [
    "fur kinder", "fur jugendliche", "fur minderjahrige", "fur teenager", "kinder unter", "jugendliche unter",
    "unter 14 jahren", "unter 15 jahren", "unter 16 jahren", "unter 16 jahrige*", "unter 16jahrige*",
    "altersgrenze*", "mindestalter*", "altersprufung*", "altersverifikation*", "jugendschutz*",
  ],
  negation: {
    following: [
      "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "dementier*",
      "bestreitet", "bestreiten", "bestritten", "gerucht*", "falschmeldung*",
    ],
    preceding: ["nicht", "nie", "niemals", "ausgeschlossen", "dementiert"],
    undo: [
      "nur", "ende", "enden", "aufgehoben", "aufheben", "beendet", "beenden", "vorbei", "gestoppt", "stoppen",
      "nachgelassen", "nachlassen", "abgeflaut", "ab", "verhindert", "verhindern", "eingehalten",
    ],
  },
};
