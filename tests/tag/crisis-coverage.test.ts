import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// Sentences written for sitrep (issue 11, sixth pass): the standard news vocabulary of every
// crisis type in each of the five languages, drawn up type by type rather than from the real-text
// mistakes, so that a headline worded in the wire editor's usual terms is found.
const tag = createTagger(TaggingSchema.parse({}));
const crisesOf = (title: string) => tag({ title, summary: "" }).crises;

describe("the standard vocabulary of each crisis type, in five languages", () => {
  it.each([
    // armed-conflict
    ["armed-conflict", "en", "Mortar fire hits a market in the north of the country"],
    ["armed-conflict", "en", "Russian invasion enters its fourth winter"],
    ["armed-conflict", "en", "Air defences say 40 drones were shot down overnight"],
    ["armed-conflict", "en", "Warplanes pounded rebel positions near the airport"],
    ["armed-conflict", "en", "UN warns the armed conflict in the east is spreading"],
    ["armed-conflict", "de", "Luftschläge auf Vororte der Hauptstadt fordern Tote"],
    ["armed-conflict", "de", "Russlands Angriffskrieg: Bombenangriff auf Charkiw"],
    ["armed-conflict", "de", "Luftalarm in der ganzen Ukraine ausgelöst"],
    ["armed-conflict", "ru", "Артобстрел приграничного села: ранены трое"],
    ["armed-conflict", "ru", "В Белгородской области объявлена воздушная тревога"],
    ["armed-conflict", "ru", "Над регионом сбиты шесть беспилотников"],
    ["armed-conflict", "fr", "Des tirs de mortier visent un camp de l'armée"],
    ["armed-conflict", "fr", "Le conflit armé au Soudan entre dans sa troisième année"],
    ["armed-conflict", "es", "Suenan las alertas antiaéreas en Kiev por tercera noche"],
    ["armed-conflict", "es", "El conflicto armado en el Sahel deja miles de muertos"],
    ["armed-conflict", "es", "La invasión rusa cumple mil días"],
    // terrorism
    ["terrorism", "en", "Roadside IED kills four soldiers on patrol"],
    ["terrorism", "ru", "Смертница подорвала себя у входа в вокзал"],
    ["terrorism", "fr", "Un colis piégé explose devant une préfecture"],
    ["terrorism", "es", "Desactivan un artefacto explosivo junto a un cuartel"],
    // unrest
    ["unrest", "en", "Mass protest fills the capital's main square"],
    ["unrest", "en", "Molotov cocktails thrown at police lines overnight"],
    ["unrest", "de", "Volksaufstand gegen die Regierung weitet sich aus"],
    ["unrest", "de", "Protestmarsch durch die Innenstadt endet mit Festnahmen"],
    ["unrest", "ru", "Массовые волнения охватили столицу"],
    ["unrest", "ru", "Бунт в колонии подавлен"],
    ["unrest", "fr", "Échauffourées en marge du rassemblement à Nantes"],
    ["unrest", "fr", "Des casseurs s'en prennent aux vitrines du centre-ville"],
    ["unrest", "es", "Motín en una cárcel del norte del país"],
    ["unrest", "es", "Lanzan cócteles molotov contra la comisaría"],
    ["unrest", "en", "Communal clashes leave a town under curfew"],
    ["unrest", "en", "Stone pelting at a procession injures 12 police officers"],
    ["unrest", "en", "Thousands join a demo against the new housing law"],
    ["unrest", "de", "Steinewerfer greifen Polizei bei Demo an"],
    ["unrest", "de", "Sternmarsch gegen die Sparpläne legt die Innenstadt lahm"],
    ["unrest", "ru", "Тысячи человек вышли на шествие против войны"],
    ["unrest", "ru", "Стихийная акция у здания администрации"],
    ["unrest", "es", "Concentración contra la ley de amnistía frente al Congreso"],
    ["unrest", "es", "Barricadas en las calles de la capital tras el fraude"],
    // crackdown
    ["crackdown", "en", "Police detain a journalist covering the vote"],
    ["crackdown", "en", "Repression deepens as opposition leaders vanish"],
    ["crackdown", "en", "UN: hundreds forcibly disappeared since the election"],
    ["crackdown", "de", "Repressionen gegen Oppositionelle nehmen zu"],
    ["crackdown", "de", "Razzia gegen regierungskritische Journalisten"],
    ["crackdown", "ru", "Минюст внес журналиста в реестр иноагентов"],
    ["crackdown", "ru", "Обыски у оппозиционеров прошли в трех городах"],
    ["crackdown", "fr", "Un journaliste placé en garde à vue après un reportage"],
    ["crackdown", "es", "Denuncian la persecución de opositores antes de las elecciones"],
    // state-of-emergency
    ["state-of-emergency", "en", "Government declares a state of exception in two provinces"],
    ["state-of-emergency", "de", "Katastrophenalarm im Landkreis ausgelöst"],
    ["state-of-emergency", "en", "Emergency declared in three counties after the storm"],
    ["state-of-emergency", "es", "El Gobierno declara la emergencia en tres provincias"],
    ["epidemic", "fr", "Prolongation de l'état d'urgence sanitaire jusqu'en juin"],
    // internet-shutdown
    ["internet-shutdown", "de", "Mobiles Internet wird in der Region gedrosselt"],
    ["internet-shutdown", "ru", "Роскомнадзор продолжает замедление YouTube"],
    ["internet-shutdown", "ru", "В регионе отключили мобильную связь"],
    ["internet-shutdown", "fr", "Les réseaux sociaux bridés pendant les manifestations"],
    ["internet-shutdown", "es", "Las autoridades ralentizan internet durante las protestas"],
    // coup
    ["coup", "en", "Soldiers try to overthrow the president in a night raid"],
    ["coup", "es", "El presidente denuncia un autogolpe del Parlamento"],
    ["coup", "es", "Sofocan una sublevación militar en la capital"],
    // earthquake
    ["earthquake", "en", "Magnitude 6.2 jolts the west coast"],
    ["earthquake", "es", "Fuerte movimiento telúrico sacude la capital"],
    // flood
    ["flood", "en", "Torrential rain leaves 12 dead in the south"],
    ["flood", "en", "Dam burst sends water through three villages"],
    ["flood", "en", "Swollen rivers cut off towns across the region"],
    ["flood", "de", "Dammbruch: Dorf evakuiert"],
    ["flood", "de", "Flutopfer warten auf Hilfe"],
    ["flood", "ru", "Половодье затопило десятки домов"],
    ["flood", "ru", "Река вышла из берегов в Оренбурге"],
    ["flood", "fr", "La Seine en crue, des quais fermés à Paris"],
    ["flood", "fr", "Épisode cévenol : deux morts dans le Gard"],
    ["flood", "fr", "Rupture de digue dans le Pas-de-Calais"],
    ["flood", "es", "La DANA deja seis muertos en Valencia"],
    ["flood", "es", "Una tromba de agua arrastra coches en Málaga"],
    // storm
    ["storm", "en", "Hurricane makes landfall as a category 4"],
    ["storm", "en", "Snowstorm strands thousands of drivers"],
    ["storm", "en", "Gale force winds topple trees across the north"],
    ["storm", "de", "Windhose deckt Dächer ab"],
    ["storm", "de", "Sturmschäden in Millionenhöhe nach Orkantief"],
    ["storm", "ru", "Пыльная буря накрыла Астрахань"],
    ["storm", "fr", "Une dépression tropicale menace les Antilles"],
    ["storm", "fr", "Violents orages : toitures arrachées en Gironde"],
    ["storm", "es", "Una ventisca deja incomunicados varios pueblos"],
    ["storm", "es", "Ciclogénesis explosiva: vientos de 120 km/h en Galicia"],
    // wildfire
    ["wildfire", "en", "Moorland fire burns for a third day"],
    ["wildfire", "de", "Feuerwalze rast auf Dorf zu"],
    ["wildfire", "ru", "Степной пожар подобрался к поселку"],
    ["wildfire", "ru", "Торфяные пожары вспыхнули под Москвой"],
    ["wildfire", "fr", "Feux de broussailles : 200 pompiers mobilisés"],
    ["wildfire", "es", "El fuego calcina 3.000 hectáreas en Zamora"],
    // drought
    ["drought", "en", "Hosepipe ban for two million customers"],
    ["drought", "de", "Jahrhundertdürre: Missernte bei Weizen"],
    ["drought", "ru", "Неурожай из-за засушливого лета"],
    ["drought", "fr", "Restrictions d'eau dans 60 départements"],
    ["drought", "es", "Racionamiento de agua en Cataluña"],
    // epidemic
    ["epidemic", "en", "Polio cases found in two provinces"],
    ["epidemic", "de", "Gelbfieber breitet sich in der Region aus"],
    ["epidemic", "ru", "Вспышка коклюша в школах Перми"],
    ["epidemic", "fr", "La fièvre jaune gagne du terrain"],
    ["epidemic", "es", "Casos de fiebre amarilla en Colombia"],
    // displacement
    ["displacement", "en", "Fighting has forced 40,000 to flee"],
    ["displacement", "en", "Families driven from their homes by the violence"],
    ["displacement", "de", "Tausende Geflüchtete erreichen die Grenze"],
    ["displacement", "ru", "Тысячи жителей остались без крова"],
    ["displacement", "fr", "Des milliers de familles contraintes de fuir"],
    ["displacement", "es", "Miles de familias obligadas a huir de la violencia"],
    // food-crisis
    ["food-crisis", "en", "Children starve to death in the besieged city"],
    ["food-crisis", "de", "Hungerkatastrophe im Sudan"],
    ["food-crisis", "ru", "Голодающие жители осажденного города"],
    ["food-crisis", "fr", "Des enfants meurent de faim dans le camp"],
  ])("%s, %s: %s", (crisis, _, title) => {
    expect(crisesOf(title)).toContain(crisis);
  });
});

describe("the new words keep to their crisis sense", () => {
  it.each([
    ["en", "Three-car pile-up on the M6 as snow falls"],
    ["en", "Who is the new army chief? He takes over three years after Russia's full-scale invasion"],
    ["en", "A crisis of this magnitude needs a plan, says the mayor"],
    ["en", "The party is protesting the decision in court"],
    ["en", "Campaigners protest the closure of the library"],
    ["de", "Flutlicht-Spiel: Stadion wird modernisiert"],
    ["de", "Die Verfolgung der Täter dauert an"],
    ["ru", "Дроны доставляют посылки в Якутии"],
    ["ru", "Аналитики ждут замедления инфляции"],
    ["fr", "Le marché du travail ralentit en Europe"],
    ["fr", "Rassemblement familial pour les 90 ans de la grand-mère"],
    ["es", "El Gobierno y la oposición abren una tregua fiscal"],
    ["es", "Las hostilidades entre los dos partidos se recrudecen"],
    ["es", "El Madrid persigue el título de Liga"],
    ["en", "Watch a demo of the new phone's camera"],
    ["ru", "Праздничное шествие прошло в центре города"],
    ["es", "La concentración de poder en manos del presidente"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

describe("soldiers killed are war; an attack the army speaks of in a terror story is the terror attack", () => {
  it.each([
    ["en", "Five soldiers killed as rebels overrun an outpost"],
    ["de", "Drei Soldaten bei Gefechten mit Rebellen getötet"],
    ["ru", "Под Курском уничтожены позиции ВСУ"],
    ["fr", "Six soldats tués par des rebelles dans l'est"],
    ["es", "Mueren cuatro soldados en combates con la guerrilla"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("armed-conflict");
  });

  it.each([
    ["en", "Car bomb kills three in the south; the army blames dissidents for the attack"],
    ["de", "Autobombe tötet drei Soldaten: Armee spricht von einem Anschlag der Islamisten"],
    ["ru", "Теракт в Дагестане: боевики напали на пост, погибли военные"],
    ["fr", "Attentat à la voiture piégée : l'armée attribue l'attaque aux jihadistes"],
    ["es", "Atentado con coche bomba: el ejército atribuye el ataque a disidentes"],
  ])("%s: %s", (_, title) => {
    const { crises, evidence } = tag({ title, summary: "" });
    expect(crises).toEqual(["terrorism"]);
    expect(
      evidence.map((e) => e.rule).some((rule) => rule.startsWith("suppressed (part of terrorism)")),
    ).toBe(true);
  });
});

describe("far-right and neo-Nazi attacks are terror attacks, as jihadist ones are", () => {
  it.each([
    ["en", "Neo-Nazi attack on a mosque leaves two injured"],
    ["de", "Rechtsextremer Anschlag auf Flüchtlingsheim"],
    ["ru", "Неонацисты напали на рынок в пригороде"],
    ["fr", "Attaque d'un groupe néonazi contre un centre d'accueil"],
    ["es", "Ataque neonazi contra una mezquita en las afueras"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("terrorism");
  });

  it.each([
    ["en", "Neo-Nazi band banned from playing at the festival"],
    ["de", "Rechtsextreme Partei gewinnt bei der Wahl"],
    ["es", "Un partido ultraderechista entra en el Parlamento"],
  ])("a group named without an attack: %s: %s", (_, title) => {
    expect(crisesOf(title)).not.toContain("terrorism");
  });
});

describe("a blast where people pray, mourn or pass a checkpoint is an attack; a gas blast is not", () => {
  it.each([
    ["en", "Blast at a mosque during Friday prayers kills 30"],
    ["de", "Explosion in einer Moschee während des Freitagsgebets"],
    ["ru", "Взрыв у мечети во время пятничной молитвы"],
    ["fr", "Explosion dans une mosquée pendant la prière du vendredi"],
    ["es", "Explosión en una mezquita durante el rezo del viernes"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toContain("terrorism");
  });

  it.each([
    ["en", "Gas explosion destroys a block of flats"],
    ["de", "Gasexplosion in einem Mehrfamilienhaus"],
    ["ru", "Взрыв газа в жилом доме"],
    ["fr", "Explosion de gaz dans un immeuble"],
    ["es", "Explosión de gas en un edificio de viviendas"],
  ])("%s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});

describe("a negation word with a capital inside a sentence is part of a name, unless a colon or quote opens it", () => {
  it("the Pas of Pas-de-Calais denies nothing", () => {
    expect(crisesOf("Rupture de digue dans le Pas-de-Calais")).toEqual(["flood"]);
    expect(crisesOf("Inondations : le Pas-de-Calais sous les eaux")).toEqual(["flood"]);
  });

  it.each([
    ["en", "Capital: No curfew tonight, says the mayor"],
    ["de", "Kiew: Keine Ausgangssperre am Wochenende"],
    ["ru", "Мэрия: «Не будет комендантского часа»"],
    ["fr", "Nouméa : Pas de couvre-feu ce soir"],
    ["es", "Quito: «No habrá toque de queda»"],
  ])("after a colon or a quote it still denies: %s: %s", (_, title) => {
    expect(crisesOf(title)).toEqual([]);
  });
});
