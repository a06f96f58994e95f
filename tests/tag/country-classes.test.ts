import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// Sentences written for sitrep, one or more per class of country mistakes found on real text.
const tag = createTagger(TaggingSchema.parse({}));
const headline = (title: string) => tag({ title, summary: "" });

describe("a place beside a facility or another place is still a place", () => {
  it.each([
    ["en", "Two runways closed at Sydney Airport after a fuel leak", "AU"],
    ["de", "Flughafen Leipzig: Warnstreik legt den Betrieb lahm", "DE"],
    ["fr", "Ardèche, Drôme : alerte orange aux orages", "FR"],
    ["es", "Cáceres, Badajoz y Mérida, en alerta por el calor", "ES"],
    ["ru", "Казань, Самара и Уфа готовятся к паводку", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a name said twice is one sign, not two", () => {
  it.each([
    [
      "de",
      "Corona: Neue Regeln ab Montag",
      "Corona-Tests werden in Deutschland Pflicht. Corona bleibt Thema.",
    ],
    ["fr", "Corona : ce qui change lundi", "Le corona recule en France. Corona et vaccins au menu."],
    ["es", "Corona: qué cambia el lunes", "Los casos de Corona bajan en España. Corona y vacunas."],
  ])("%s: a virus is no Californian town", (_, title, summary) => {
    expect(tag({ title, summary }).countries).not.toContain("US");
  });
});

describe("a town of the language's own press, named at a sentence start", () => {
  it.each([
    ["de", "Kassel: Polizei sucht Zeugen nach Brand in Lagerhalle", "DE"],
    ["fr", "Rouen : un incendie dans une usine chimique", "FR"],
    ["es", "Cáceres: detenidos dos jóvenes por un incendio", "ES"],
    ["ru", "Тверь: полиция ищет свидетелей пожара", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a place name written in lower case is a common word", () => {
  it.each([
    ["es", "El detenido se quitó la chaqueta ante el juez"],
    ["en", "The new logo is a pentagon with a star inside"],
    ["ru", "Врачи осмотрели вены пациента перед операцией"],
  ])("%s: %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });
});

describe("an adjective beside a state's leader or government names the state acting", () => {
  it.each([
    ["en", "The Israeli prime minister rejected the plan on Monday.", "IL"],
    ["de", "Die chinesische Regierung kündigte Gegenmaßnahmen an.", "CN"],
    ["de", "Der russische Präsident empfing seinen Amtskollegen.", "RU"],
    ["ru", "Российский президент провёл совещание с министрами.", "RU"],
    ["fr", "Le président brésilien a reçu son homologue à Belém.", "BR"],
    ["es", "El presidente ruso llegó a Pyongyang de madrugada.", "RU"],
  ])("%s: %s → %s", (_, summary, country) => {
    const tags = tag({ title: "Talks end without an agreement", summary });
    expect(tags.countries).toContain(country);
    expect(tags.evidence.find((entry) => entry.tag === country)?.rule).toBe("adjective+forces");
  });
});

describe("leaders and national bodies stand for their state", () => {
  it.each([
    ["en", "Trump administration appeals ruling on tariffs", "US"],
    ["de", "Merkel mahnt zur Vorsicht bei Lockerungen", "DE"],
    ["de", "Verfassungsschutz warnt vor Anschlägen auf Politiker", "DE"],
    ["ru", "Путин провёл телефонный разговор с Токаевым", "RU"],
    ["fr", "Macron annonce un remaniement avant l'été", "FR"],
    ["es", "La Guardia Civil detiene a tres personas por el robo", "ES"],
    ["es", "Felipe VI preside el desfile del 12 de octubre", "ES"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toContain(country);
  });

  it("counts a leader named in passing in a lede for nothing", () => {
    const tags = tag({
      title: "Floods cut roads across northern Peru",
      summary: "Rescuers reached three villages; Trump had promised aid to the region last year.",
    });
    expect(tags.countries).toEqual(["PE"]);
  });

  it("reads a common word written in lower case as no leader", () => {
    expect(headline("Union plays its trump card in pay talks").countries).toEqual([]);
  });

  it("abbreviates the United Kingdom with stops too", () => {
    expect(headline("Extradition to the U.K. approved by a court").countries).toEqual(["GB"]);
  });
});

describe("a price names no country", () => {
  it.each([
    ["en", "Exports rise to US$4 billion in Peru", "Peru sold more copper than a year before."],
    ["de", "Peru exportiert Kupfer für 4 Milliarden US-Dollar", "Peru verkauft mehr Kupfer als im Vorjahr."],
    ["ru", "Перу экспортировал меди на 4 млрд долларов США", "Перу продал больше меди, чем годом ранее."],
    ["fr", "Le Pérou exporte pour 4 milliards de dollars américains", "Le Pérou a vendu plus de cuivre."],
    ["es", "Perú exporta cobre por 4.000 millones de dólares estadounidenses", "Perú vendió más cobre."],
  ])("%s: %s", (_, title, summary) => {
    expect(tag({ title, summary }).countries).toEqual(["PE"]);
  });
});

describe("a country named in passing in the lede, beside the headline's own", () => {
  it.each([
    [
      "en",
      "Iran names a new security chief",
      "The veteran commander has doubted talks with the United States.",
    ],
    [
      "de",
      "Hongkong: Zehntausende marschieren gegen die Regierung",
      "Sie protestieren gegen ein Abkommen mit China.",
    ],
    ["ru", "Армения отзывает посла", "Ереван недоволен сделкой Москвы с Турцией."],
    ["fr", "Attentat près de Moscou : la Russie en deuil", "Le Kremlin accuse l'Ukraine sans preuve."],
    ["es", "Francia prepara su plan de vacunación", "El Gobierno se inspira en el modelo de Israel."],
  ])("%s: %s", (_, title, summary) => {
    const tags = tag({ title, summary });
    expect(tags.countries).toHaveLength(1);
  });

  it.each([
    [
      "en",
      "Mpox spreads beyond Congo",
      "Cases have been confirmed in Burundi, Kenya and Uganda.",
      ["CD", "BI", "KE", "UG"],
    ],
    [
      "de",
      "Kirgistan: Gefechte an der Grenze",
      "Tadschikische Truppen beschossen zwei Dörfer.",
      ["KG", "TJ"],
    ],
    ["ru", "Наводнение в Бразилии: тысячи эвакуированы", "Эвакуацию объявили и в Уругвае.", ["BR", "UY"]],
    [
      "fr",
      "Ukraine : frappes de drones sur Kyiv",
      "Les engins ont été lancés par la Russie dans la nuit.",
      ["UA", "RU"],
    ],
    [
      "es",
      "Sudán: miles de civiles huyen de los combates",
      "Más de 20.000 personas han cruzado a Chad.",
      ["SD", "TD"],
    ],
  ])("%s: keeps a country the crisis reaches or whose forces act: %s", (_, title, summary, countries) => {
    expect(tag({ title, summary }).countries.sort()).toEqual([...countries].sort());
  });
});

describe("a place name between capitalised words is a person's or a club's", () => {
  it.each([
    ["en", "Fans cheer as Brittany Mahomes opens a new stadium in Kansas City", "FR"],
    ["en", "Nelly Florida Riama said the tsunami warning had been lifted in Jakarta", "US"],
    ["ru", "Полузащитник «Манчестер Юнайтед» забил два мяча", "GB"],
    ["fr", "Le Paris Saint-Germain s'impose en finale", "FR"],
    ["es", "Victoria Federica asiste a una boda en Sevilla", "AU"],
  ])("%s: %s", (_, title, country) => {
    expect(headline(title).countries).not.toContain(country);
  });

  it("reads a function word at the sentence start as no first name", () => {
    expect(headline("For India, the pact is a setback").countries).toEqual(["IN"]);
  });
});

describe("a variant's name is no country", () => {
  it.each([
    ["en", "Indian variant found in two schools in Leeds", "GB"],
    ["de", "Indische Variante breitet sich in Bayern aus", "DE"],
    ["ru", "Британский штамм обнаружен в Казани", "RU"],
    ["fr", "Le variant indien détecté à Lyon", "FR"],
    ["es", "La variante británica llega a Sevilla", "ES"],
  ])("%s: %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it("names China in Russian by its short name", () => {
    expect(headline("Китай запустил зонд к Марсу").countries).toEqual(["CN"]);
  });
});

describe("an adjective beside a person, a firm or a dish gives a nationality, not the story's country", () => {
  it.each([
    ["en", "Moscow court jails American journalist for twelve years", "RU"],
    ["de", "Chinesischer Konzern übernimmt Terminal im Hafen von Hamburg", "DE"],
    ["ru", "Шведский теннисист выиграл турнир в Казани", "RU"],
    ["fr", "Un restaurant japonais ouvre ses portes à Lyon", "FR"],
    ["es", "Detenido en Sevilla un periodista estadounidense", "ES"],
  ])("%s: %s → %s", (_, title, country) => {
    const tags = headline(title);
    expect(tags.countries).toEqual([country]);
  });

  it.each([
    ["en", "Ukraine strikes an ammunition depot with American weapons", "UA"],
    ["de", "Ukraine trifft Munitionslager mit deutschen Waffen", "UA"],
    ["ru", "Украина ударила по складу американским оружием", "UA"],
    ["fr", "L'Ukraine frappe un dépôt avec des armes françaises", "UA"],
    ["es", "Ucrania ataca un depósito con armas estadounidenses", "UA"],
  ])("%s: weapons of a country's make give no place either: %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it.each([
    ["en", "French village evacuated as the wildfire spreads", "FR"],
    ["es", "Un tribunal holandés condena a dos hombres por fraude", "NL"],
    ["fr", "Un tribunal hollandais condamne deux hommes pour fraude", "NL"],
  ])("%s: an adjective beside no person still names the country: %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it("adds a little to the country named elsewhere", () => {
    const tags = tag({
      title: "Chinese carmaker recalls 10,000 vehicles",
      summary: "The recall in China follows complaints about brakes.",
    });
    expect(tags.countries).toEqual(["CN"]);
  });
});

describe("Spain's islands, regional parliaments and parties are Spain", () => {
  it.each([
    ["en", "Wildfire on Tenerife forces hundreds to leave their homes"],
    ["de", "Waldbrand auf Gran Canaria: Urlauber in Sorge"],
    ["ru", "На Майорке ввели новые правила для туристов"],
    ["fr", "Majorque : les habitants manifestent contre le tourisme de masse"],
    ["es", "El Parlament aprueba la ley de vivienda con el apoyo del PSC"],
    ["es", "Junts y ERC negocian la investidura"],
    ["es", "Los Mossos d'Esquadra detienen a dos jóvenes por un robo"],
  ])("%s: %s → ES", (_, title) => {
    expect(headline(title).countries).toEqual(["ES"]);
  });

  it("leaves a German parliament alone", () => {
    expect(headline("Das Parlament stimmt am Freitag über den Haushalt ab").countries).toEqual([]);
  });
});

describe("punctuation ends a name: a place before a colon or a dash stands alone", () => {
  it.each([
    ["en", "ATP Rotterdam - Alcaraz wins the final in three sets", "NL"],
    ["ru", "Турнир ATP Женева — Рублёв вышел в полуфинал", "CH"],
    ["fr", "Open de Lyon : Rune battu dès son entrée en lice", "FR"],
    ["es", "Masters de Madrid: Alcaraz avanza a cuartos", "ES"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a stance toward a country names no place of the story", () => {
  it.each([
    ["en", "Pro-Israel group funds ads in the Senate race in Ohio", "US"],
    ["de", "Anti-russische Parolen an eine Schule in Leipzig gesprüht", "DE"],
    ["fr", "Des tags anti-Chine sur une école à Lyon", "FR"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a name of the whole Americas is no United States", () => {
  it("reads the Pan American Health Organization as no US", () => {
    const tags = tag({
      title: "Measles cases rise across the region",
      summary: "The Pan American Health Organization counted 300 new cases in a month.",
    });
    expect(tags.countries).toEqual([]);
  });
});

describe("a name the lede shows to be a person's is a person's in the headline too", () => {
  it.each([
    [
      "en",
      "Victoria takes over Peru's health ministry",
      "Surgeon Victoria Salas replaces a minister who resigned last week.",
    ],
    [
      "de",
      "Victoria übernimmt das Gesundheitsministerium in Peru",
      "Die Regierung ernannte Frau Victoria Salas zur Nachfolgerin des Ministers.",
    ],
    [
      "fr",
      "Victoria prend la tête du ministère de la Santé au Pérou",
      "La chirurgienne Victoria Salas succède à un ministre démissionnaire.",
    ],
    [
      "es",
      "Victoria asume el Ministerio de Salud de Perú",
      "La cirujana Victoria Salas sustituye a un ministro que dimitió la semana pasada.",
    ],
    [
      "ru",
      "Виктория возглавила министерство здравоохранения Перу",
      "Хирург Виктория Салас сменила министра, ушедшего в отставку.",
    ],
  ])("%s: %s", (_, title, summary) => {
    expect(tag({ title, summary }).countries).toEqual(["PE"]);
  });
});

describe("a place name that is all a quotation holds names a ship or a brand", () => {
  it.each([
    ["en", 'The container ship "Dali" lost power before the crash'],
    ["de", "Der Frachter „Dali“ verlor vor dem Aufprall den Antrieb"],
    ["fr", "Le cargo « Dali » a perdu sa propulsion avant le choc"],
    ["es", 'El carguero "Dali" perdió la propulsión antes del choque'],
    ["ru", "Контейнеровоз «Дали» потерял ход перед ударом"],
  ])("%s: %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });

  it("a club in quotes still stands for its home", () => {
    expect(headline("«Миннесота» в овертайме обыграла «Анахайм»").countries).toEqual(["US"]);
  });
});

describe("a leader the headline names, introduced in the lede with their state, brings the state", () => {
  it.each([
    [
      "en",
      "Putin and Rahmon lay wreaths in Moscow",
      "Russian President Vladimir Putin and the President of Tajikistan Emomali Rahmon laid wreaths on Saturday.",
    ],
    [
      "de",
      "Putin und Rachmon legen in Moskau Kränze nieder",
      "Kremlchef Wladimir Putin und der Präsident Tadschikistans Emomali Rachmon legten am Samstag Kränze nieder.",
    ],
    [
      "fr",
      "Poutine et Rahmon déposent une gerbe à Moscou",
      "Le président russe Vladimir Poutine et le président tadjik Emomali Rahmon ont déposé une gerbe samedi.",
    ],
    [
      "es",
      "Putin y Rahmon depositan una corona en Moscú",
      "El presidente ruso Vladímir Putin y el presidente de Tayikistán Emomali Rahmon depositaron una corona el sábado.",
    ],
    [
      "ru",
      "Путин и Рахмон почтили память павших в Москве",
      "Президент России Владимир Путин и президент Таджикистана Эмомали Рахмон в субботу почтили память павших.",
    ],
  ])("%s: %s", (_, title, summary) => {
    expect(tag({ title, summary }).countries).toEqual(expect.arrayContaining(["RU", "TJ"]));
  });

  it.each([
    [
      "en",
      "Thrall: the war in Gaza will not end the conflict",
      "The American journalist Nathan Thrall spoke about the war.",
    ],
    [
      "es",
      "Thrall: la guerra de Gaza no acabará con el conflicto",
      "El periodista estadounidense Nathan Thrall habló de la guerra.",
    ],
  ])("%s: a journalist's nationality is no state of the story", (_, title, summary) => {
    expect(tag({ title, summary }).countries).not.toContain("US");
  });
});

describe("a small town counts alone as the only place of its name, after a preposition of place", () => {
  it.each([
    ["en", "Heatwave: tourists in Ostuni told to stay indoors", "IT"],
    ["de", "Hochwasser in Meschede: Keller laufen voll", "DE"],
    ["fr", "Tempête : des arbres arrachés à Lannion", "FR"],
    ["es", "Un incendio obliga a desalojar una urbanización en Llucmajor", "ES"],
    ["ru", "В Вичуге из-за паводка эвакуировали жителей", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it.each([
    ["en", "Villanueva signs for a new club"],
    ["en", "Cinema operator in Asia told to settle unpaid contributions"],
    ["de", "Die Lage bleibt angespannt"],
  ])("%s: a shared name, a continent or a capital that proves nothing: %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });
});

describe("a person's or a word's reading of a place name that proves nothing", () => {
  it("a feed footer's copy of a title-case headline shows no person", () => {
    const tags = tag({
      title: "The Lagos–Santos Corridor: Big Deals, Small Margins",
      summary:
        "Brazilian ports are courting West African traders. The post The Lagos–Santos Corridor: Big Deals, Small Margins appeared first on The Harbour Times.",
    });
    expect(tags.countries).toEqual(expect.arrayContaining(["NG", "BR"]));
  });

  it.each([
    ["de", "Chelsea-Profi Mason verletzt sich im Training"],
    ["es", "El alcalde presentó el plan de obras Leer más"],
    ["fr", "Le club signe Mason, le milieu de Chelsea"],
    ["en", "Chelsea midfielder Mason out for a month"],
    ["ru", "Полузащитник Мейсон пропустит месяц"],
  ])("%s: small towns vouch for nothing without 'in': %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });
});

describe("a country named beside its leader or forces acts in the story, even in the lede", () => {
  it.each([
    [
      "en",
      "Leaders gather in Moscow for the parade",
      "The prime minister of Armenia and the president of Kazakhstan will attend.",
    ],
    [
      "de",
      "Staatsgäste in Moskau zur Parade erwartet",
      "Armeniens Regierungschef und der Präsident Kasachstans reisen an.",
    ],
    [
      "fr",
      "Des dirigeants attendus à Moscou pour le défilé",
      "Le gouvernement arménien et le président du Kazakhstan seront représentés.",
    ],
    [
      "es",
      "Líderes llegan a Moscú para el desfile",
      "El primer ministro de Armenia y el presidente de Kazajistán asistirán.",
    ],
    [
      "ru",
      "Зарубежные лидеры приедут на парад в Москву",
      "Премьер-министр Армении и президент Казахстана примут участие.",
    ],
  ])("%s: %s", (_, title, summary) => {
    expect(tag({ title, summary }).countries).toEqual(expect.arrayContaining(["RU", "AM", "KZ"]));
  });
});

describe("a region word after a name makes it a place's, whatever stands before it", () => {
  it.each([
    ["en", "Health Secretary Kano State warns of cholera outbreak", "NG"],
    ["ru", "Глава Минздрава Омской области извинился перед волонтёрами", "RU"],
    ["ru", "Министр Экономики Красноярского края ушёл в отставку", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a city under the name the language's own press gives it", () => {
  it.each([
    ["en", "Floods close schools across Genoa and Venice", "IT"],
    ["de", "Großbrand im Hafen von Danzig", "PL"],
    ["de", "Anschlagspläne in Algier vereitelt", "DZ"],
    ["fr", "Explosion dans un entrepôt à Hambourg", "DE"],
    ["fr", "Attentat à Kaboul près d'un ministère", "AF"],
    ["fr", "Les combats reprennent autour de Bakhmout", "UA"],
    ["es", "Evacuados dos barrios de Nápoles por un incendio", "IT"],
    ["es", "Bombardeos sobre Járkov durante la noche", "UA"],
    ["es", "Apagón general en Kinsasa tras una tormenta", "CD"],
    ["ru", "В Таллине прошла акция протеста", "EE"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("Crimea is Ukraine's and held by Russia: both", () => {
  it.each([
    ["en", "Explosions heard near an airfield in Crimea"],
    ["de", "Explosionen nahe einem Flugplatz auf der Krim"],
    ["ru", "Взрывы прогремели у аэродрома в Крыму"],
    ["fr", "Des explosions près d'un aérodrome en Crimée"],
    ["es", "Explosiones cerca de un aeródromo en Crimea"],
  ])("%s: %s", (_, title) => {
    expect(headline(title).countries.sort()).toEqual(["RU", "UA"]);
  });
});

describe("the people of a country, named as a noun, stand for it", () => {
  it.each([
    ["en", "Slovaks vote in a tight presidential runoff", "SK"],
    ["de", "Tausende Franzosen demonstrieren gegen die Rentenreform", "FR"],
    ["de", "Die Bulgaren wählen zum sechsten Mal in drei Jahren", "BG"],
    ["de", "Marokkaner stehen stundenlang vor den Wahllokalen an", "MA"],
    ["fr", "Les Slovènes votent pour un nouveau parlement", "SI"],
    ["fr", "Les Islandais appelés aux urnes après la démission du gouvernement", "IS"],
    ["es", "Los eslovacos votan en una segunda vuelta ajustada", "SK"],
    ["ru", "Болгары снова голосуют на досрочных выборах", "BG"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it("leaves a noun that only starts like a country's name alone", () => {
    expect(headline("Die Türkei schließt die Grenze zu Syrien").countries.sort()).toEqual(["SY", "TR"]);
  });
});

describe("a national party, ministry or agency stands for its state", () => {
  it.each([
    ["en", "NHS waiting lists grow for a third month", "GB"],
    ["de", "CSU fordert schärfere Regeln an den Grenzen", "DE"],
    ["de", "Das Auswärtige Amt rät von Reisen in die Region ab", "DE"],
    ["fr", "Le Quai d'Orsay convoque l'ambassadeur", "FR"],
    ["fr", "Le Rassemblement national en tête des intentions de vote", "FR"],
    ["es", "La Guardia Civil desarticula una red de tráfico de personas", "ES"],
    ["ru", "ФСБ сообщила о задержании диверсантов", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });

  it("reads a foreign intelligence service as no place of the story", () => {
    expect(headline("Ein Ex-Soldat aus Spanien soll für die CIA spioniert haben").countries).toEqual(["ES"]);
  });
});

describe("a town of the press's own country, beside a country abroad, is no place abroad", () => {
  it.each([
    ["de", "Stahlwerk in Salzgitter fährt wegen des Kriegs in der Ukraine die Produktion hoch", "DE"],
    ["fr", "Les ateliers de Tarbes relancés par la guerre en Ukraine", "FR"],
    ["es", "Una fábrica de Albacete contrata a cien personas por los pedidos de Ucrania", "ES"],
    ["ru", "Завод в Ижевске наращивает выпуск из-за заказов из Индии", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toContain(country);
  });

  it("still needs a big place for a town of a third country", () => {
    expect(headline("Floods in Tarbes after storms cross from Spain").countries).not.toContain("FR");
  });
});

describe("an office or the people of a place, capitalised before it, leave it a place", () => {
  it.each([
    ["en", "Governor Lagos State orders schools shut", "NG"],
    ["ru", "Власти Дагестана ввели режим ЧС после ливней", "RU"],
    ["ru", "Жители Чечни жалуются на перебои с газом", "RU"],
    ["ru", "Мэр Новосибирска пообещал отремонтировать дороги", "RU"],
  ])("%s: %s → %s", (_, title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("an Australian state under the abbreviation its press uses", () => {
  it.each([
    ["NSW police charge two men over a warehouse fire", "AU"],
    ["Flood warnings issued across south-east Qld", "AU"],
  ])("en: %s → %s", (title, country) => {
    expect(headline(title).countries).toEqual([country]);
  });
});

describe("a direction is no subdivision", () => {
  it.each([
    ["en", "South-east Asia braces for a long typhoon season"],
    ["en", "Heavy rain expected in the north west on Friday"],
  ])("%s: %s", (_, title) => {
    expect(headline(title).countries).toEqual([]);
  });
});

describe("a country where a shock was only felt is no place of the story", () => {
  it.each([
    ["en", "Strong quake rocks Chile, two dead", "The tremor was also felt in Argentina and Bolivia.", "AR"],
    ["de", "Schweres Erdbeben in Chile", "Die Erschütterungen waren auch in Argentinien zu spüren.", "AR"],
    ["ru", "Мощное землетрясение в Чили", "Толчки ощущались и в Аргентине.", "AR"],
    ["fr", "Fort séisme au Chili", "La secousse a été ressentie jusqu'en Argentine et en Bolivie.", "AR"],
    ["es", "Un fuerte sismo sacude Chile", "El temblor se sintió también en Argentina.", "AR"],
  ])("%s: %s", (_, title, summary, felt) => {
    const tags = tag({ title, summary });
    expect(tags.countries).toEqual(["CL"]);
    expect(tags.evidence).toContainEqual(
      expect.objectContaining({ tag: felt, rule: "suppressed (felt from afar)" }),
    );
  });
});

describe("more heads of state and government, ministers and national bodies stand for their state", () => {
  it.each([
    ["en", "Pashinyan and Aliyev agree on a border commission", ["AM", "AZ"]],
    ["en", "Bank of England holds rates as inflation eases", ["GB"]],
    ["de", "Pistorius besucht Truppen an der Ostflanke", ["DE"]],
    ["de", "BAMF entscheidet schneller über Asylanträge", ["DE"]],
    ["ru", "Пашинян провёл встречу с Ильхамом Алиевым", ["AM", "AZ"]],
    ["ru", "Роспотребнадзор ужесточил проверки кафе", ["RU"]],
    ["fr", "La Banque de France abaisse sa prévision de croissance", ["FR"]],
    ["fr", "Mitsotakis promet des baisses d'impôts", ["GR"]],
    ["es", "El presidente del Gobierno comparecerá el miércoles", ["ES"]],
    ["es", "La Audiencia Nacional cita a declarar a un exministro", ["ES"]],
  ])("%s: %s", (_, title, countries) => {
    const tags = headline(title);
    expect(tags.countries.sort()).toEqual([...countries].sort());
    for (const country of countries)
      expect(tags.evidence).toContainEqual(expect.objectContaining({ tag: country, rule: "figure" }));
  });

  it("reads a newspaper's name as no sign of its country", () => {
    expect(headline("Reporter of The Wall Street Journal detained in Moscow").countries).toEqual(["RU"]);
  });

  it.each([
    ["de", "Mehr Beschäftigte arbeiten im Home Office als vor der Pandemie", []],
    ["fr", "Le Conseil constitutionnel sénégalais valide la liste des candidats", ["SN"]],
    ["en", "Ohtani drives in three with an RBI double", []],
  ])("%s: leaves out bodies whose name other countries or words share: %s", (_, title, countries) => {
    expect(headline(title).countries).toEqual(countries);
  });
});

describe("a hill, lake or valley named after a place is another place", () => {
  it.each([
    ["en", "Homestay guest found dead in Nandi Hills, Bengaluru police say", "Hills"],
    ["de", "Wanderer in den Nandi Hills bei Bangalore gerettet", "Hills"],
    ["ru", "Туристов спасли в горах Нанди под Бангалором", "горах"],
    ["fr", "Randonneurs secourus dans les monts Nandi, près de Bangalore", "monts"],
    ["es", "Excursionistas rescatados en los montes Nandi, cerca de Bangalore", "montes"],
  ])("%s: %s", (_, title, landform) => {
    const tags = headline(title);
    expect(tags.countries).not.toContain("KE");
    expect(tags.evidence).toContainEqual(
      expect.objectContaining({ tag: "KE", rule: `suppressed (landform: ${landform}) place` }),
    );
  });

  it("still counts the place beside another sign of its country", () => {
    expect(headline("Floods hit the Nandi Hills of western Kenya").countries).toEqual(["KE"]);
  });
});
