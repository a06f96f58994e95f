/**
 * What i18n-iso-countries does not give: adjectives and demonyms per language, and capitals,
 * major cities and much-reported regions (any script; Cyrillic ones decline as Russian).
 * Columns: en, de, ru, fr, es adjectives, then places. Terms are separated by "|" and use the
 * syntax of term.ts. Names that are also common words or first names are left out on purpose.
 */
export type PlaceRow = readonly [en: string, de: string, ru: string, fr: string, es: string, places: string];

// biome-ignore format: a data table, filled to the line width
export const PLACES: Readonly<Record<string, PlaceRow>> = {
  AF: [
    "afghan*", "afghanisch*|afghane~", "афганск*|афганц*", "afghan*", "afgan*",
    "kabul|kandahar|herat|jalalabad|кабул~|кандагар~|герат~|kaboul",
  ],
  AL: ["albanian*", "albanisch*|albaner~", "албанск*", "albanais*", "albanes*", "tirana|tirane|тиран~"],
  DZ: [
    "algerian*", "algerisch*|algerier~", "алжирск*|алжирц*", "algerien*", "argelin*",
    "algiers|alger|argel|oran|алжир~|algier",
  ],
  AO: ["angolan*", "angolanisch*", "ангольск*", "angolais*", "angoleñ*", "luanda|луанд~"],
  AR: [
    "argentin*", "argentinisch*|argentinier~", "аргентинск*|аргентинц*", "argentin*", "argentin*",
    "buenos aires|буэнос айрес",
  ],
  AM: [
    "armenian*", "armenisch*|armenier~", "армянск*|армян*", "armenien*", "armeni*",
    "yerevan|eriwan|erevan|ereván|ереван~|goris|горис~",
  ],
  AU: [
    "australian*", "australisch*|australier~", "австралийск*", "australien*", "australian*",
    "canberra|melbourne|brisbane|new south wales|=NSW|=Qld|=QLD|канберр~|сидне~|мельбурн~",
  ],
  AT: [
    "austrian*", "österreichisch*|österreicher~", "австрийск*", "autrichien*", "austriac*",
    "vienna|wien|vienne|viena|вен~",
  ],
  AZ: [
    "azerbaijani*|azeri*", "aserbaidschanisch*", "азербайджанск*|азербайджанц*",
    "azerbaidjanais*|azerbaïdjanais*", "azerbaiyan*|azer*",
    "baku|bakou|bakú|баку|nagorno karabakh|karabakh|berg karabach|karabach|haut karabakh|нагорн~ карабах~|карабах~",
  ],
  BH: [
    "bahraini*", "bahrainisch*", "бахрейнск*", "bahreini*|bahreïni*", "bareiní*|bahreiní*", "manama|манам~",
  ],
  BD: [
    "bangladeshi*", "bangladesch*", "бангладешск*", "bangladais*", "bangladesí*",
    "dhaka|dacca|chittagong|khulna|cox s bazar|дакк~|читтагонг~",
  ],
  BY: [
    "belarusian*|belarussian*", "belarussisch*|weißrussisch*|belarusse~|weißrusse~", "белорусск*|белорус*",
    "bielorusse*|biélorusse*", "bielorrus*", "minsk|минск~|gomel|гомел~",
  ],
  BE: ["belgian*", "belgisch*|belgier~", "бельгийск*", "belge*", "belga*", "antwerp|antwerpen|брюссел~|lüttich|anvers|amberes"],
  BJ: [
    "beninese", "beninisch*", "бенинск*", "béninois*|beninois*", "beninés|benines*",
    "cotonou|porto novo|котону",
  ],
  BO: [
    "bolivian*", "bolivianisch*", "боливийск*", "bolivien*", "bolivian*",
    "=La Paz|santa cruz de la sierra|cochabamba|ла пас",
  ],
  BA: [
    "bosnian*", "bosnisch*|bosnier~", "боснийск*", "bosnien*|bosnienne*", "bosni*",
    "sarajevo|sarajewo|сараев~|srebrenica|сребрениц~",
  ],
  BR: [
    "brazilian*", "brasilianisch*|brasilianer~", "бразильск*", "brésilien*|bresilien*", "brasileñ*|brasilen*",
    "brasilia|brasília|sao paulo|são paulo|rio de janeiro|rio grande do sul|porto alegre|бразилиа|сан паулу|рио де жанейро",
  ],
  BG: ["bulgarian*", "bulgarisch*|bulgare~", "болгар*", "bulgare*", "bulgaro*|bulgara*", ""],
  BF: [
    "burkinabe*|burkinabè*", "burkinisch*", "буркийск*", "burkinabé*|burkinabe*", "burkinés|burkines*",
    "ouagadougou|ouagadugu|uagadugú|уагадугу|djibo|джибо",
  ],
  BI: [
    "burundian*", "burundisch*", "бурундийск*", "burundais*", "burundés|burundes*",
    "bujumbura|gitega|бужумбур~",
  ],
  KH: ["cambodian*", "kambodschanisch*", "камбоджийск*", "cambodgien*", "camboyan*", "phnom penh|пномпен~"],
  CM: [
    "cameroonian*", "kamerunisch*", "камерунск*", "camerounais*", "camerunés|camerunes*",
    "yaounde|yaoundé|douala|яунде",
  ],
  CA: [
    "canadian*", "kanadisch*|kanadier~", "канадск*", "canadien*", "canadiense*",
    "ottawa|toronto|montreal|montréal|vancouver|british columbia|alberta|quebec|québec|оттав~|торонто|британск~ колумбия~",
  ],
  CF: [
    "central african*", "zentralafrikanisch*", "центральноафриканск*", "centrafricain*", "centroafrican*",
    "bangui|банги|=CAR",
  ],
  TD: [
    "chadian*", "tschadisch*", "чадск*", "tchadien*", "chadian*",
    "n djamena|ndjamena|djamena|нджамен~|adre|adré|адре",
  ],
  CL: [
    "chilean*", "chilenisch*|chilene~", "чилийск*", "chilien*", "chilen*",
    "santiago de chile|valparaiso|valparaíso|viña del mar|vina del mar|сантьяго",
  ],
  CN: [
    "chinese", "chinesisch*|chinese~", "китайск*", "chinois*", "chino|chinos|chinas",
    "beijing|peking|pékin|pekin|pekín|shanghai|wuhan|xinjiang|tibet|пекин~|шанха~|синьцзян~|ухан~",
  ],
  CO: [
    "colombian*", "kolumbianisch*|kolumbianer~", "колумбийск*", "colombien*", "colombian*",
    "bogota|bogotá|medellin|medellín|cali|богот~|медельин~",
  ],
  CD: ["", "", "", "", "", "kinshasa|=Goma|bukavu|kivu|ituri|киншас~|гом~|киву|букаву|=M23|kinsasa"],
  CG: ["", "", "", "", "", "brazzaville|pointe noire|браззавил~"],
  CR: [
    "costa rican*", "costa ricanisch*", "костариканск*", "costaricien*|costaricain*", "costarricense*",
    "san jose de costa rica",
  ],
  CI: [
    "ivorian*", "ivorisch*", "ивуарийск*", "ivoirien*", "marfileñ*|marfilen*",
    "abidjan|yamoussoukro|абиджан~",
  ],
  HR: ["croatian*", "kroatisch*|kroate~", "хорватск*", "croate*", "croata*", "zagreb|загреб~"],
  CU: [
    "cuban*", "kubanisch*|kubaner~", "кубинск*|кубинц*", "cubain*", "cuban*",
    "havana|havanna|la havane|la habana|гаван~",
  ],
  CY: [
    "cypriot*", "zyprisch*|zypriot*", "кипрск*", "chypriote*", "chipriota*",
    "nicosia|nikosia|nicosie|никосия~",
  ],
  CZ: ["czech", "tschechisch*|tscheche~", "чешск*", "tchèque*|tcheque*", "chec*", "prague|prag|praga|праг~"],
  DK: [
    "danish", "dänisch*|däne~", "датск*", "danois*", "danes*|danés",
    "copenhagen|kopenhagen|copenhague|копенгаген~",
  ],
  DJ: ["djiboutian*", "dschibutisch*", "джибутийск*", "djiboutien*", "yibutian*", "djibouti city"],
  DO: [
    "dominican*", "dominikanisch*", "доминиканск*", "dominicain*", "dominican*",
    "santo domingo|санто доминго",
  ],
  EC: [
    "ecuadorian*|ecuadorean*", "ecuadorianisch*", "эквадорск*", "équatorien*|equatorien*", "ecuatorian*",
    "quito|guayaquil|кито|гуаякил~",
  ],
  EG: [
    "egyptian*", "ägyptisch*|ägypter~", "египетск*|египтян*", "égyptien*|egyptien*", "egipci*",
    "cairo|kairo|le caire|el cairo|alexandria|alexandrie|alejandría|sinai|sinaï|каир~|александрия~|синай~",
  ],
  SV: [
    "salvadoran*|salvadorean*", "salvadorianisch*", "сальвадорск*", "salvadorien*",
    "salvadoreñ*|salvadoren*", "san salvador|сан сальвадор~",
  ],
  ER: ["eritrean*", "eritreisch*|eritreer~", "эритрейск*", "érythréen*|erythreen*", "eritre*", "asmara|асмэр~|асмар~"],
  EE: ["estonian*", "estnisch*", "эстонск*", "estonien*", "estoni*", "tallinn|таллин~|tallin"],
  ET: [
    "ethiopian*", "äthiopisch*|äthiopier~", "эфиопск*", "éthiopien*|ethiopien*", "etíope*|etiope*",
    "addis ababa|addis abeba|addis abeba|tigray|amhara|oromia|gondar|mekelle|аддис абеб~|тыграй~|тиграй~|амхар~|adís abeba|adis abeba",
  ],
  FI: ["finnish", "finnisch*|finne~", "финск*|финлянд*", "finlandais*", "finland*", "helsinki|хельсинк~"],
  FR: [
    "french", "französisch*|franzose~", "французск*", "français*|francais*", "frances*|francés",
    "paris|parisien*|pariser|париж~|marseille|marseilles|марсел~|lyon|лион~|bordeaux|toulouse|lille|strasbourg|straßburg|nantes|montpellier|bretagne|brittany|normandie|normandy|provence|=Corse|corsica|korsika|córcega|alsace|elsass|gironde|бретан~|нормандия~|корсика~|бордо|тулуз~|marsella",
  ],
  GA: ["gabonese", "gabunisch*", "габонск*", "gabonais*", "gabon*", "libreville|либревил~"],
  GE: [
    "georgian*", "georgisch*|georgier~", "грузинск*", "géorgien*|georgien*", "georgian*",
    "tbilisi|tiflis|тбилис~|georgian dream|батуми|batumi|tbilissi",
  ],
  DE: [
    "german", "deutsch*", "немецк*|германск*", "allemand*", "alemán|aleman*",
    "berlin|berlins|berliner|берлин~|munich|münchen|hamburg|frankfurt|köln|cologne|bayern|bavaria|bavière|baviera|sachsen|saxony|бавария~|hambourg|hamburgo|francfort|fráncfort",
  ],
  GH: ["ghanaian*", "ghanaisch*", "ганск*", "ghanéen*|ghaneen*", "ganes*|ghanés", "accra|аккр~"],
  GR: [
    "greek", "griechisch*|grieche~", "греческ*", "grec|grecs|grecque*", "grieg*",
    "athens|athen|athènes|atenas|thessaloniki|rhodes|rhodos|rodas|lesbos|crete|kreta|crète|афин~|родос~",
  ],
  GT: [
    "guatemalan*", "guatemaltekisch*", "гватемальск*", "guatémaltèque*|guatemalteque*", "guatemaltec*",
    "guatemala city|ciudad de guatemala",
  ],
  GN: ["guinean*", "guineisch*", "гвинейск*", "guinéen*|guineen*", "guinean*", "conakry|конакри"],
  GW: ["bissau guinean*", "", "", "bissau guinéen*", "guineano bisauense", "bissau|бисау"],
  HT: [
    "haitian*", "haitianisch*|haitianer~", "гаитянск*", "haïtien*|haitien*", "haitian*", "port au prince|порт о пренс~",
  ],
  HN: [
    "honduran*", "honduranisch*", "гондурасск*", "hondurien*", "hondureñ*|honduren*",
    "tegucigalpa|san pedro sula|тегусигальп~",
  ],
  HU: ["hungarian*", "ungarisch*", "венгерск*", "hongrois*", "húngar*|hungar*", "budapest|будапешт~"],
  IS: ["icelandic", "isländisch*|isländer~", "исландск*|исландц*", "islandais*", "islandés|islandes*", "reykjavik|рейкьявик~"],
  IN: [
    "indian", "indisch*|inder~", "индийск*", "indien|indiens|indienne*", "",
    "new delhi|neu delhi|delhi|mumbai|kolkata|chennai|manipur|kashmir|kaschmir|cachemire|cachemira|kerala|assam|bihar|odisha|orissa|gujarat|maharashtra|tamil nadu|west bengal|uttar pradesh|uttarakhand|himachal pradesh|jammu|ladakh|bengaluru|bangalore|ahmedabad|lucknow|нью дели|дели|мумба~|кашмир~|манипур~|керала|ассам~|бихар~|гуджарат~|nueva delhi",
  ],
  ID: [
    "indonesian*", "indonesisch*|indonesier~", "индонезийск*", "indonésien*|indonesien*", "indonesi*",
    "jakarta|djakarta|yakarta|sulawesi|sumatra|papua|джакарт~|сулавеси|суматр~",
  ],
  IR: [
    "iranian*", "iranisch*|iraner~", "иранск*", "iranien*", "iraní|irani*",
    "tehran|teheran|téhéran|teherán|mashhad|isfahan|mahabad|тегеран~|мешхед~",
  ],
  IQ: [
    "iraqi*", "irakisch*|iraker~", "иракск*", "irakien*", "iraquí|iraqui*",
    "baghdad|bagdad|mosul|mossoul|basra|bassora|erbil|kirkuk|багдад~|мосул~|баср~|эрбил~|mossul",
  ],
  IE: ["irish", "irisch*", "ирландск*", "irlandais*", "irland*", "dublin|дублин~"],
  IL: [
    "israeli*", "israelisch*|israeli~", "израильск*|израильтян*", "israélien*|israelien*", "israelí|israeli*",
    "jerusalem|jérusalem|jerusalén|tel aviv|haifa|иерусалим~|тель авив~|хайф~|=IDF|=ЦАХАЛ|=Tsahal|tsahal",
  ],
  IT: [
    "italian*", "italienisch*|italiener~", "итальянск*", "italien*", "italian*",
    "rome|mailand|naples|neapel|napoli|sicily|sizilien|sicile|sicilia|lampedusa|рим~|милан~|неапол~|сицилия~|=Rom|venice|venedig|venise|venecia|florenz|genoa|genua|gênes|génova|nápoles",
  ],
  JM: ["jamaican*", "jamaikanisch*", "ямайск*", "jamaïcain*|jamaicain*", "jamaiquin*", ""],
  JP: [
    "japanese", "japanisch*|japaner~", "японск*", "japonais*", "japon*|japonés",
    "tokyo|tokio|osaka|fukushima|hokkaido|wajima|токио|осак~|фукусим~",
  ],
  JO: ["jordanian*", "jordanisch*|jordanier~", "иорданск*", "jordanien*", "jordano*|jordana*", "amman|амман~"],
  KZ: [
    "kazakh*", "kasachisch*|kasache|kasachen", "казахстанск*|казахск*|казах|казахи|казахов", "kazakh*",
    "kazaj*|kazajo*",
    "almaty|alma ata|astana|nur sultan|shymkent|zhanaozen|schanaösen|mangystau|mangistau|алматы|алма ат~|астан~|нур султан~|шымкент~|жанаозен~|мангистау~|мангистауск*|мангыстау~|акимат~",
  ],
  KE: [
    "kenyan*", "kenianisch*|kenianer~", "кенийск*", "kényan*|kenyan*", "keniat*|kenian*",
    "nairobi|mombasa|найроби|момбас~",
  ],
  XK: [
    "kosovar*|kosovan*", "kosovarisch*|kosovo albanisch*", "косовск*", "kosovar*", "kosovar*",
    "pristina|priština|приштин~",
  ],
  KW: ["kuwaiti*", "kuwaitisch*", "кувейтск*", "koweïtien*|koweitien*", "kuwaití|kuwaiti*", "kuwait city"],
  KG: [
    "kyrgyz*|kirghiz*", "kirgisisch*|kirgise|kirgisen", "киргизск*|кыргызск*|киргиз|киргизы|киргизов",
    "kirghiz*", "kirguís|kirguis*|kirguiso*",
    "bishkek|bischkek|osh|batken|бишкек~|ош|баткен~|киргизия~|кыргызстан~",
  ],
  LA: ["laotian*|lao", "laotisch*", "лаосск*", "laotien*", "laosian*", "vientiane|вьентьян~"],
  LB: [
    "lebanese", "libanesisch*|libanese~", "ливанск*", "libanais*", "liban*",
    "beirut|beyrouth|sidon|bekaa|бейрут~|=Hezbollah|hezbollah|hisbollah|hizbollah|хезболл~",
  ],
  LY: [
    "libyan*", "libysch*|libyer~", "ливийск*", "libyen*", "libi*",
    "benghazi|bengasi|derna|misrata|бенгази|дерн~",
  ],
  LT: ["lithuanian*", "litauisch*|litauer~", "литовск*", "lituanien*", "lituan*", "vilnius|вильнюс~|vilna"],
  LV: ["latvian*", "lettisch*", "латвийск*", "letton*", "leton*", "riga|рига|риге|риги"],
  MG: [
    "malagasy|madagascan*", "madagassisch*", "мадагаскарск*", "malgache*", "malgache*",
    "antananarivo|антананариву",
  ],
  MW: [
    "malawian*", "malawisch*", "малавийск*", "malawite*|malawien*", "malauí|malaui*",
    "lilongwe|blantyre|лилонгве",
  ],
  MY: ["malaysian*", "malaysisch*", "малайзийск*", "malaisien*", "malasi*", "kuala lumpur|куала лумпур~"],
  ML: [
    "malian*", "malisch*", "малийск*", "malien*", "maliense*",
    "bamako|timbuktu|tombouctou|tombuctú|kidal|mopti|бамако|тимбукту",
  ],
  MR: ["mauritanian*", "mauretanisch*", "мавританск*", "mauritanien*", "mauritan*", "nouakchott|нуакшот~"],
  LU: ["luxembourgish|luxembourger*", "luxemburgisch*|luxemburger~", "люксембургск*", "luxembourgeois*", "luxemburgu*", ""],
  MT: ["maltese", "maltesisch*", "мальтийск*", "maltais*", "maltés|maltesa*|malteses", "valletta|la valette|la valeta"],
  MX: [
    "mexican*", "mexikanisch*|mexikaner~", "мексиканск*", "mexicain*", "mexican*",
    "mexico city|mexiko stadt|ciudad de méxico|ciudad de mexico|acapulco|oaxaca|sinaloa|tijuana|puerto vallarta|мехико|акапулько|оахак~",
  ],
  MD: [
    "moldovan*", "moldauisch*|moldawisch*", "молдавск*|молдов*", "moldave*", "moldav*",
    "chisinau|chişinău|chișinău|kischinau|кишинев~|transnistria|transnistrien|transnistrie|приднестров*",
  ],
  MN: ["mongolian*", "mongolisch*", "монгольск*", "mongol*", "mongol*", "ulaanbaatar|ulan bator|улан батор~"],
  ME: [
    "montenegrin*", "montenegrinisch*|montenegriner~", "черногорск*", "monténégrin*|montenegrin*", "montenegrin*",
    "podgorica|подгориц~",
  ],
  MA: [
    "moroccan*", "marokkanisch*|marokkaner~", "марокканск*", "marocain*", "marroquí|marroqui*",
    "rabat|casablanca|marrakech|marrakesch|marrakesh|al haouz|atlas mountains|рабат~|касабланк~|марракеш~",
  ],
  MZ: [
    "mozambican*", "mosambikanisch*", "мозамбикск*", "mozambicain*", "mozambiqueñ*",
    "maputo|cabo delgado|мапуту",
  ],
  MM: [
    "burmese|myanmarese", "myanmarisch*|birmanisch*", "мьянманск*|бирманск*", "birman*", "birman*",
    "yangon|rangoon|rangun|mandalay|naypyidaw|sagaing|rakhine|arakan|янгон~|мандала~|нейпьидо",
  ],
  NP: [
    "nepali*|nepalese", "nepalesisch*|nepalese~", "непальск*", "népalais*|nepalais*", "nepalí|nepali*",
    "kathmandu|katmandu|катманду",
  ],
  NL: [
    "dutch", "niederländisch*|holländisch*|niederländer~", "нидерландск*|голландск*", "néerlandais*|neerlandais*|hollandais*",
    "neerlandes*|neerlandés|holandes*|holandés", "amsterdam|the hague|den haag|la haye|la haya|rotterdam|амстердам~|гааг~",
  ],
  NC: [
    "new caledonian*", "neukaledonisch*", "новокаледонск*",
    "néo calédonien*|neo caledonien*|calédonien*|caledonien*", "neocaledoni*", "noumea|nouméa|нумеа",
  ],
  NZ: [
    "new zealander*", "neuseeländisch*", "новозеландск*", "néo zélandais*|neo zelandais*", "neozeland*",
    "wellington|auckland|christchurch|окленд~",
  ],
  NI: [
    "nicaraguan*", "nicaraguanisch*", "никарагуанск*", "nicaraguayen*", "nicaragüense*|nicaraguense*",
    "managua|манагуа",
  ],
  NE: [
    "nigerien*", "nigrisch*", "нигерск*", "nigérien*|nigerien*", "nigerin*",
    "niamey|agadez|tillaberi|tillabéri|ниаме~|агадес~",
  ],
  NG: [
    "nigerian*", "nigerianisch*|nigerianer~", "нигерийск*", "nigérian*|nigerian*", "nigerian*",
    "abuja|lagos|kano|maiduguri|borno|kaduna|zamfara|niger delta|niger state|абудж~|лагос~|кадун~|борно",
  ],
  KP: [
    "north korean*", "nordkoreanisch*|nordkoreaner~", "северокорейск*", "nord coréen*|nord coreen*", "norcorean*",
    "pyongyang|pjöngjang|пхеньян~|pionyang",
  ],
  MK: [
    "macedonian*", "mazedonisch*|nordmazedonisch*", "македонск*", "macédonien*|macedonien*", "macedoni*",
    "skopje|скопье",
  ],
  NO: ["norwegian*", "norwegisch*|norweger~", "норвежск*", "norvégien*|norvegien*", "norueg*", "oslo|осло"],
  OM: ["omani*", "omanisch*", "оманск*", "omanais*", "omaní|omani*", "muscat|maskat|mascate|маскат~"],
  PK: [
    "pakistani*", "pakistanisch*|pakistaner~", "пакистанск*", "pakistanais*", "pakistaní|pakistani*",
    "islamabad|karachi|karatschi|lahore|peshawar|quetta|balochistan|belutschistan|sindh|khyber pakhtunkhwa|исламабад~|карачи|лахор~|пешавар~|белуджистан~",
  ],
  PS: [
    "palestinian*", "palästinensisch*|palästinenser*", "палестинск*|палестинц*", "palestinien*", "palestin*",
    "gaza|gazastreifen|gaza strip|bande de gaza|franja de gaza|west bank|westjordanland|cisjordanie|cisjordania|ramallah|jenin|jénine|yenín|rafah|khan younis|chan junis|jabalia|nablus|hebron|hamas|=Газа|=Газе|=Газу|сектор~ газа|западн~ берег~|рамалл~|дженин~|рафах~|хамас|naplouse|bethléem",
  ],
  PA: [
    "panamanian*", "panamaisch*", "панамск*", "panaméen*|panameen*", "panameñ*|panamen*",
    "panama city|darien|darién|дарьен~",
  ],
  PG: [
    "papua new guinean*", "papua neuguineisch*", "", "papouasien*", "papú|papu*",
    "port moresby|enga|порт морсби",
  ],
  PE: [
    "peruvian*", "peruanisch*|peruaner~", "перуанск*", "péruvien*|peruvien*", "peruan*",
    "lima|juliaca|cusco|cuzco|arequipa",
  ],
  PH: [
    "philippine|filipino*", "philippinisch*", "филиппинск*", "philippin*", "filipin*",
    "manila|manille|mindanao|luzon|luzón|cebu|манил~|минданао|лусон~",
  ],
  PL: [
    "polish", "polnisch*", "польск*", "polonais*", "polac*",
    "warsaw|warschau|varsovie|varsovia|krakow|kraków|варшав~|краков~|krakau|cracovie|cracovia|danzig|dantzig|gdansk|gdańsk|breslau|wrocław|wroclaw",
  ],
  PT: [
    "portuguese", "portugiesisch*|portugiese~", "португальск*", "portugais*", "portugu*",
    "lisbon|lissabon|lisbonne|lisboa|лиссабон~",
  ],
  QA: ["qatari*", "katarisch*", "катарск*", "qatari*", "catarí|catari*", "doha|доха|дохе|дохи"],
  RO: ["romanian*", "rumänisch*|rumäne~", "румынск*", "roumain*", "ruman*", "bucharest|bukarest|bucarest|бухарест~"],
  RU: [
    "russian*", "russisch*|russe|russen", "российск*|русск*|россиян*", "russe*", "ruso|rusa|rusos|rusas",
    "moscow|moskau|moscou|moscú|st petersburg|saint petersburg|sankt petersburg|belgorod|kursk|dagestan|daghestan|makhachkala|machatschkala|chechnya|tschetschenien|grozny|yakutia|jakutien|orenburg|orsk|kremlin|kreml|siberia|sibirien|sibérie|tyumen|tjumen|krasnodar|rostov|bryansk|brjansk|irkutsk|novosibirsk|yekaterinburg|jekaterinburg|tatarstan|bashkortostan|ingushetia|inguschetien|сибир~|тюмен~|тюменск*|краснодар~|краснодарск*|ростов~|ростовск*|брянск*|иркутск*|новосибирск*|екатеринбург~|татарстан~|башкорт*|башкири~|ингушети~|москв~|петербург~|белгород~|курск~|дагестан~|махачкал~|чечн~|грозн~|якутия~|оренбург~|оренбургск*|орск~|кремл~|san petersburgo|tchétchénie|chechenia|crimea|krim|crimée|крым~",
  ],
  RW: ["rwandan*", "ruandisch*|ruander~", "руандийск*", "rwandais*", "ruandés|ruandes*", "kigali|кигали"],
  SA: [
    "saudi*", "saudisch*|saudi arabisch*|saudi~", "саудовск*", "saoudien*", "saudí|saudi*",
    "riyadh|riad|riyad|jeddah|dschidda|djeddah|эр рияд~|джидд~",
  ],
  SN: [
    "senegalese", "senegalesisch*|senegalese~", "сенегальск*", "sénégalais*|senegalais*", "senegalés|senegales*",
    "dakar|casamance|дакар~",
  ],
  RS: [
    "serbian*|serb|serbs", "serbisch*|serbe~", "сербск*", "serbe*", "serbi*", "belgrade|belgrad|belgrado|белград~",
  ],
  SL: [
    "sierra leonean*", "sierra leonisch*", "сьерра леонск*", "sierra léonais*", "sierraleon*",
    "freetown|фритаун~",
  ],
  SO: [
    "somali|somalis|somalian*", "somalisch*", "сомалийск*", "somalien*", "somalí|somali*",
    "mogadishu|mogadischu|mogadiscio|mogadiscio|mogadiscio|mogadicio|kismayo|puntland|somaliland|могадишо|al shabaab|al shabab|аль шабаб",
  ],
  SK: ["slovak*", "slowakisch*|slowake~", "словацк*|словак*", "slovaque*", "eslovac*", "bratislava|братислав~"],
  SI: ["slovenian*", "slowenisch*|slowene~", "словенск*|словенц*", "slovène*|slovene*", "esloveno*|eslovena*", "ljubljana|любляна~"],
  ZA: [
    "south african*", "südafrikanisch*|südafrikaner~", "южноафриканск*|юар", "sud africain*", "sudafrican*",
    "pretoria|johannesburg|cape town|kapstadt|ciudad del cabo|durban|kwazulu natal|претория~|йоханнесбург~|кейптаун~|johannesburgo",
  ],
  KR: [
    "south korean*", "südkoreanisch*|südkoreaner~", "южнокорейск*", "sud coréen*|sud coreen*", "surcorean*",
    "seoul|séoul|seúl|busan|сеул~",
  ],
  SS: [
    "south sudanese", "südsudanesisch*", "южносуданск*", "sud soudanais*", "sursudanes*|sudsudanes*",
    "juba|upper nile|bentiu|malakal|джуб~",
  ],
  ES: [
    "spanish", "spanisch*|spanier~", "испанск*", "espagnol*", "español*|espanol*",
    "madrid|barcelona|barcelone|catalonia|katalonien|catalogne|cataluña|cataluna|valencia|valence|andalusia|andalusien|andalousie|andalucía|мадрид~|барселон~|каталония~|валенсия~|mallorca|majorca|majorque|mallorka|майорк~|ibiza|menorca|minorca|tenerife|teneriffa|gran canaria|lanzarote|fuerteventura|gomera|canary islands|kanaren|kanarischen inseln|îles canaries|islas canarias|canarias|канарск~ остров~|balearic islands|balearen|îles baléares|islas baleares|seville|séville",
  ],
  LK: [
    "sri lankan*", "sri lankisch*", "шри ланкийск*", "sri lankais*", "ceilan*|esrilanqu*", "colombo|коломбо",
  ],
  SD: [
    "sudanese", "sudanesisch*|sudanese~", "суданск*", "soudanais*", "sudanés|sudanes*",
    "khartoum|khartum|jartum|omdurman|darfur|north darfur|el fasher|al fashir|zamzam|tawila|kordofan|port sudan|хартум~|омдурман~|дарфур~|эль фашер~|rapid support forces|forces de soutien rapide|fuerzas de apoyo rápido|fuerzas de apoyo rapido|=РСБ|силы быстрого реагирования",
  ],
  SE: [
    "swedish", "schwedisch*", "шведск*", "suédois*|suedois*", "sueco*|suec*",
    "stockholm|estocolmo|стокгольм~",
  ],
  CH: [
    "swiss", "schweizer*|schweizerisch*", "швейцарск*", "suisse*", "suiz*",
    "bern|berne|berna|geneva|genf|genève|ginebra|zurich|zürich|женев~|цюрих~",
  ],
  SY: [
    "syrian*", "syrisch*|syrer~", "сирийск*", "syrien*", "sirio*|siria*",
    "damascus|damaskus|damas|aleppo|alep|alepo|idlib|homs|deir ez zor|raqqa|дамаск~|алеппо|идлиб~|хомс~|ракк~|=Damasco|idleb",
  ],
  TW: [
    "taiwanese", "taiwanisch*", "тайваньск*", "taïwanais*|taiwanais*", "taiwan*",
    "taipei|taipeh|тайбэ~|тайпе~",
  ],
  TJ: [
    "tajik*|tadjik*", "tadschikisch*|tadschike|tadschiken", "таджикск*|таджик|таджики|таджиков", "tadjik*",
    "tayiko*|tayika*", "dushanbe|duschanbe|douchanbé|duchanbé|dusambé|душанбе|гбао|khorog|хорог~",
  ],
  TZ: [
    "tanzanian*", "tansanisch*|tansanier~", "танзанийск*", "tanzanien*", "tanzan*",
    "dodoma|dar es salaam|zanzibar|sansibar|додом~|дар эс салам~|занзибар~",
  ],
  TH: [
    "thai", "thailändisch*", "тайск*|таиландск*", "thaïlandais*|thailandais*", "tailand*",
    "bangkok|бангкок~",
  ],
  TG: ["togolese", "togoisch*|togolesisch*", "тоголезск*", "togolais*", "togolés|togoles*", "lome|lomé|ломе"],
  TN: ["tunisian*", "tunesisch*|tunesier~", "тунисск*", "tunisien*", "tunecin*", "tunis|sfax|тунис~"],
  TR: [
    "turkish", "türkisch*|türke~", "турецк*", "turc|turcs|turque*", "turc*",
    "ankara|istanbul|estambul|stamboul|izmir|esmirna|antakya|hatay|gaziantep|kahramanmaras|kahramanmaraş|balikesir|balıkesir|анкар~|стамбул~|измир~|хата~|газиантеп~|кахраманмараш~|антакь~",
  ],
  UG: ["ugandan*", "ugandisch*|ugander~", "угандийск*", "ougandais*", "ugandés|ugandes*", "kampala|кампал~"],
  UA: [
    "ukrainian*", "ukrainisch*|ukrainer~", "украинск*|украинц*", "ukrainien*", "ucranian*",
    "kyiv|kiev|kiew|kharkiv|kharkov|charkiw|kharkov|odesa|odessa|odessa|dnipro|zaporizhzhia|saporischschja|zaporijia|zaporiyia|kherson|cherson|donetsk|donezk|donbas|donbass|luhansk|lugansk|bakhmut|bachmut|avdiivka|awdijiwka|mariupol|lviv|lwiw|lemberg|киев~|харьков~|одесс~|днепр~|запорожье~|херсон~|донецк~|донбасс~|луганск~|бахмут~|авдеевк~|мариупол~|львов~|=ВСУ|=ЗСУ|járkov|jersón|marioupol|mariúpol|louhansk|bakhmout|bajmut|crimea|krim|crimée|крым~",
  ],
  AE: [
    "emirati*", "emiratisch*", "эмиратск*", "émirati*|emirati*", "emiratí|emirati*",
    "abu dhabi|abou dhabi|dubai|dubaï|абу даби|дуба~",
  ],
  GB: [
    "british|briton*", "britisch*|brite~|engländer~", "британск*", "britannique*|écossais*|ecossais*|gallois*", "británic*|britanic*",
    "london|londres|манчестер~|лондон~|manchester|birmingham|glasgow|edinburgh|edimbourg|edimburgo|belfast|downing street|scotland|schottland|écosse|ecosse|escocia|wales|pays de galles|gales|england|angleterre|inglaterra|northern ireland|nordirland|irlande du nord|irlanda del norte|шотландия~|англия~|уэльс~",
  ],
  US: [
    "american*", "amerikanisch*|us amerikanisch*|amerikaner~", "американск*|американц*", "américain*|americain*",
    "estadounidense*|norteamerican*",
    "washington|new york|los angeles|chicago|houston|atlanta|miami|san francisco|seattle|boston|detroit|new england|new jersey|new mexico|ohio|michigan|arizona|california|kalifornien|californie|texas|florida|floride|louisiana|hawaii|hawaï|alaska|white house|weißes haus|maison blanche|casa blanca|pentagon|pentagone|pentágono|вашингтон~|нью йорк~|калифорния~|техас~|флорид~|пентагон~",
  ],
  UY: ["uruguayan*", "uruguayisch*", "уругвайск*", "uruguayen*", "uruguay*", "montevideo|монтевидео"],
  UZ: [
    "uzbek*", "usbekisch*|usbeke|usbeken", "узбекск*|узбек|узбеки|узбеков", "ouzbek*", "uzbeko*|uzbeka*",
    "tashkent|taschkent|tachkent|taskent|samarkand|karakalpakstan|nukus|ташкент~|самарканд~|каракалпак*|нукус~",
  ],
  VE: [
    "venezuelan*", "venezolanisch*|venezolaner~", "венесуэльск*", "vénézuélien*|venezuelien*", "venezolan*",
    "caracas|maracaibo|каракас~",
  ],
  VN: [
    "vietnamese", "vietnamesisch*|vietnamese~", "вьетнамск*", "vietnamien*", "vietnamit*",
    "hanoi|hanói|ho chi minh city|saigon|ханой~|хошимин~",
  ],
  YE: [
    "yemeni*", "jemenitisch*|jemenit~", "йеменск*", "yéménite*|yemenite*", "yemení|yemeni*",
    "sanaa|sanaá|aden|hodeidah|hudaida|houthi*|huthi*|hutí|huti*|сана|аден~|ходейд~|хусит*",
  ],
  ZM: ["zambian*", "sambisch*", "замбийск*", "zambien*", "zambian*", "lusaka|лусак~"],
  ZW: [
    "zimbabwean*", "simbabwisch*|simbabwer~", "зимбабвийск*", "zimbabwéen*|zimbabween*", "zimbabuense*",
    "harare|bulawayo|хараре",
  ],
};
