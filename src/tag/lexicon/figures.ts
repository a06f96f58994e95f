/**
 * People and bodies that stand for one state: heads of state and government of the years the
 * feeds cover (2019 on), their best-known ministers, national leaders whose country no reader
 * doubts, monarchs, and national institutions, parties, central banks and stock indices
 * ("Bundeswehr", "Guardia Civil", "Kremlin", "FSB", "CSU", "Bank of England", "ASX"). Regional
 * heads and mayors are left out: their place is named beside them, and they comment on far
 * affairs. So is a name inside another's ("The Wall Street Journal"). A foreign
 * intelligence service is left out: it acts abroad ("spied for the CIA"). A reader places "Trump
 * administration" or "Felipe VI" without the country being named, so the tagger does too, with the
 * weight of an adjective: one in a headline ties the story to the state; one in passing in a lede
 * does not.
 * Any script and language in one list (term syntax of term.ts; Latin "~" adds a genitive "s",
 * Cyrillic "~" declines). Surnames that are common words or shared are given in full.
 */
// biome-ignore format: a data table, filled to the line width
export const FIGURES: Readonly<Record<string, string>> = {
  US: "=Trump|=Trumps|=Biden|=Bidens|Kamala Harris|Obama~|Blinken|Marco Rubio|=NASA|=FBI|Трамп~|Байден~|Блинкен~|Обама~|Рубио|=GOP|JD Vance|J.D. Vance|Pete Hegseth|Hegseth|Mike Pence|Nancy Pelosi|Kristi Noem|Tulsi Gabbard|Karoline Leavitt|Federal Reserve|Réserve fédérale|Reserva Federal|=ФРС|Capitol Hill|Вэнс~|Хегсет~",
  RU: "Putin~|Poutine|Путин~|Lavrov|Lawrow|Лавров~|Peskov|Peskow|Песков~|Mishustin|Mischustin|Мишустин~|Medvedev|Medwedew|Медведев~|Shoigu|Schoigu|Choïgou|Шойгу|Госдум~|State Duma|Staatsduma|=ФСБ|=FSB|Роскомнадзор~|Roskomnadzor|Росгварди~|Совет~ Федерации|Совфед~|Navalny|Nawalny|Navalni|Навальн*|Nabiullina|Набиуллин~|Мария Захаров~|Maria Zakharova|Maria Sacharowa|Volodin|Wolodin|Володин*|Матвиенко|Matviyenko|Роспотребнадзор~|Росстат~|Роскосмос~|Roskosmos|Roscosmos|Банк~ России|Bank of Russia",
  UA: "Zelensky|Zelenskyy|Zelenskiy|Selenskyj~|Zelenski|Зеленский~|Verkhovna Rada|Werchowna Rada|Верховн~ Рад~|Shmyhal|Schmyhal|Chmyhal|Шмыгал~|Zaluzhny|Saluschnyj|Залужн~|Syrskyi|Syrskyj|Сырск~",
  BY: "Lukashenko|Lukaschenko|Loukachenko|Lukashenka|Лукашенко",
  KZ: "Tokayev|Tokajew|Tokaïev|Tokáyev|Токаев~|Nazarbayev|Nasarbajew|Nazarbaïev|Назарбаев~",
  CN: "Xi Jinping|Си Цзиньпин~|Li Qiang|Ли Цян~|=CCP|Wang Yi",
  KP: "Kim Jong Un|Kim Jong-un|Ким Чен Ын~",
  DE: "Merkel~|Olaf Scholz|=Scholz|Friedrich Merz|=Merz|Steinmeier~|Bundeswehr|Bundestag*|Bundesregierung|Bundeskanzler*|Kanzleramt*|Verfassungsschutz*|Robert Koch Institut*|=RKI|Bundesverfassungsgericht*|Bundespolizei|Меркель|Шольц~|Мерц~|бундесвер~|бундестаг~|=CDU|=CSU|=AfD|=SPD|Generalbundesanwalt*|Auswärtig* Amt*|Bundesinnenminister*|Bundesaußenminister*|Bundesgesundheitsminister*|Baerbock~|Habeck~|Christian Lindner|=Lindner|Nancy Faeser|Faeser|Pistorius|Lauterbach~|Markus Söder|Söder~|Bundesbank|=BAMF|Bundesamt für Migration|Bundesagentur für Arbeit|Bundesgerichtshof|=BGH|Bundesnetzagentur|Deutsche Bahn|=DAX|Бербок|Хабек~|Писториус~",
  FR: "Macron~|Élysée|Elysée|Matignon|Assemblée nationale|Marine Le Pen|Mélenchon|Jordan Bardella|Gabriel Attal|Michel Barnier|François Bayrou|Journal officiel|Макрон~|Елисейск~ двор~|Quai d'Orsay|Rassemblement national|France insoumise|=LFI|=PNAT|parquet national antiterroriste|place Beauvau|Darmanin|Retailleau|Élisabeth Borne|Jean Castex|Édouard Philippe|Sébastien Lecornu|Lecornu|Banque de France|Santé publique France|=SNCF|=CAC 40|Bercy",
  GB: "Boris Johnson|Keir Starmer|Rishi Sunak|Liz Truss|King Charles|König Charles|roi Charles|rey Carlos|Queen Elizabeth|Königin Elizabeth|reine Elizabeth|reina Isabel|Prince Harry|Prinz Harry|prince Harry|príncipe Harry|Prince William|Prinz William|Herzogin Meghan|Meghan Markle|Herzogin Kate|Duchess Kate|Kate Middleton|Nigel Farage|Westminster|Джонсон~|Стармер~|Сунак~|принц~ Гарри|королев~ Елизавет~|Карл~ III|=NHS|=MI5|=MI6|Scotland Yard|Rachel Reeves|Yvette Cooper|David Lammy|Kemi Badenoch|Suella Braverman|Bank of England|Banque d'Angleterre|Banco de Inglaterra|Foreign Office|House of Lords|Met Office|Metropolitan Police|=FTSE",
  ES: "Pedro Sánchez|Felipe VI|rey Felipe|reina Letizia|Königin Letizia|Letizia|Juan Carlos I|rey Juan Carlos|princesa Leonor|Feijóo|Puigdemont|Díaz Ayuso|Moncloa|Guardia Civil|Policía Nacional|Congreso de los Diputados|Generalitat|=PSOE|el Parlament|del Parlament|al Parlament|=PSC|=Junts|=ERC|Esquerra Republicana|=PNV|EH Bildu|Mossos d'Esquadra|=Mossos|Ertzaintza|Xunta de Galicia|Junta de Andalucía|Lehendakari|Педро Санчес~|presidente del Gobierno|presidenta del Gobierno|Yolanda Díaz|Santiago Abascal|Grande-Marlaska|Félix Bolaños|María Jesús Montero|Banco de España|Audiencia Nacional|Agencia Tributaria|Cortes Generales|Consejo General del Poder Judicial|=CGPJ|=Aemet|=AEMET|=IBEX|Renfe",
  IT: "Giorgia Meloni|Meloni|Mario Draghi|Mattarella|Мелони",
  HU: "Orbán|Viktor Orban|Орбан~",
  PL: "Donald Tusk|Andrzej Duda|Karol Nawrocki",
  TR: "Erdoğan~|Erdogan~|Эрдоган~",
  IL: "Netanyahu|Netanjahu~|Netanyahou|Нетаньяху|Knesset|Кнессет~|Yoav Gallant|Israel Katz|Ben-Gvir|Ben Gvir|Smotrich|Isaac Herzog|Бен Гвир~|Смотрич~",
  PS: "Mahmoud Abbas|Mahmud Abbas|Махмуд~ Аббас~",
  IR: "Khamenei|Chamenei|Jamenei|Хаменеи|Pezeshkian|Peseschkian|Пезешкиан~|Ebrahim Raisi|Raisi|Раиси|=IRGC",
  SY: "al-Assad|Baschar al-Assad|Bashar al-Assad|Асад~|al-Sharaa|al-Scharaa|аш Шараа",
  SA: "Mohammed bin Salman|Mohammed ben Salmane|Mohamed bin Salmán|King Salman|König Salman|roi Salmane|rey Salmán",
  EG: "el-Sisi|al-Sisi|as-Sisi|Ас Сиси",
  IN: "Narendra Modi|=Modi|=Modis|Моди|=BJP|Amit Shah|Rahul Gandhi|Mamata Banerjee|Yogi Adityanath|Lok Sabha|Rajya Sabha|Reserve Bank of India|Sensex|=Nifty|=ISRO|=BCCI",
  PK: "Imran Khan|Shehbaz Sharif|Nawaz Sharif|Имран~ Хан~",
  JP: "Fumio Kishida|Kishida|Shigeru Ishiba|Ishiba|Sanae Takaichi|Кисид~|Исиба|Nikkei|Bank of Japan|=BOJ|Shinzo Abe|Yoshihide Suga",
  CA: "Justin Trudeau|Trudeau|Mark Carney|Трюдо",
  AU: "Anthony Albanese|=ASX|Reserve Bank of Australia|=RBA|Peter Dutton|Scott Morrison",
  BR: "=Lula|Lula da Silva|Bolsonaro|Лула|Болсонару",
  AR: "=Milei|Javier Milei|Милей",
  MX: "Sheinbaum|López Obrador|Lopez Obrador|=AMLO|Шейнбаум",
  VE: "Nicolás Maduro|Nicolas Maduro|=Maduro|Мадуро",
  CO: "Gustavo Petro",
  ZA: "Ramaphosa|Рамафос~",
  NG: "Tinubu|Buhari",
  KE: "William Ruto",
  ET: "Abiy Ahmed",
  KR: "Yoon Suk Yeol|Yoon Suk-yeol|Moon Jae-in|Moon Jae In|Lee Jae-myung|Lee Jae Myung|Юн Сок Ёль|Мун Чжэ Ин|Ли Чжэ Мён~",
  ID: "Prabowo|Joko Widodo|Jokowi|Прабово|Джоко Видодо",
  PH: "Bongbong Marcos|Ferdinand Marcos Jr|Rodrigo Duterte|=Duterte|Дутерте",
  TH: "Prayut Chan-o-cha|Prayuth Chan-o-cha|Srettha Thavisin|Paetongtarn Shinawatra|Anutin Charnvirakul",
  BD: "Sheikh Hasina|Muhammad Yunus|Шейх~ Хасин~",
  LK: "Gotabaya Rajapaksa|Ranil Wickremesinghe|Anura Kumara Dissanayake",
  NZ: "Jacinda Ardern|Christopher Luxon|Chris Hipkins",
  IQ: "Mohammed Shia al-Sudani|Mustafa al-Kadhimi",
  LB: "Najib Mikati|Nawaf Salam|Joseph Aoun",
  JO: "King Abdullah|König Abdullah|roi Abdallah|rey Abdalá",
  QA: "Tamim bin Hamad",
  AE: "Mohamed bin Zayed|Mohammed bin Zayed|Mohammed ben Zayed",
  NL: "Dick Schoof|Geert Wilders",
  BE: "Alexander De Croo|Bart De Wever",
  AT: "Karl Nehammer|Sebastian Kurz|Christian Stocker|Van der Bellen|Herbert Kickl",
  SE: "Ulf Kristersson|Magdalena Andersson|Stefan Löfven",
  NO: "Jonas Gahr Støre|Jonas Gahr Store|Erna Solberg",
  DK: "Mette Frederiksen",
  FI: "Sanna Marin|Petteri Orpo|Alexander Stubb|Sauli Niinistö",
  GR: "Mitsotakis|Мицотакис~",
  RO: "Klaus Iohannis",
  CZ: "Andrej Babiš|Petr Fiala|Бабиш~",
  SK: "Robert Fico|Фицо",
  RS: "Vučić|Vucic|Vutschitsch|Вучич~",
  GE: "Irakli Kobakhidze|Bidzina Ivanishvili|Salome Zourabichvili|Иванишвили|Кобахидзе",
  AM: "Pashinyan|Paschinjan|Pachinian|Pashinián|Пашинян~",
  AZ: "Ilham Aliyev|Aliyev|Alijew|Ilham Alijew|Ilham Aliev|Ильхам~ Алиев*",
  UZ: "Mirziyoyev|Mirsijojew|Mirziyoev|Мирзиёев*",
  KG: "Sadyr Japarov|Sadyr Dschaparow|Садыр~ Жапаров*",
  TJ: "Emomali Rahmon|Rahmon|Rachmon|Рахмон~",
  TM: "Berdimuhamedow|Berdimuhamedov|Бердымухамедов*",
  MD: "Maia Sandu|Майя Санду|Майи Санду",
};
