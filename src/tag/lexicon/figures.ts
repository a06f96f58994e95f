/**
 * People and bodies that stand for one state: heads of state and government of the years the
 * feeds cover (2019 on), national leaders whose country no reader doubts, monarchs, and national
 * institutions and parties ("Bundeswehr", "Guardia Civil", "Kremlin", "FSB", "CSU"). A foreign
 * intelligence service is left out: it acts abroad ("spied for the CIA"). A reader places "Trump
 * administration" or "Felipe VI" without the country being named, so the tagger does too, with the
 * weight of an adjective: one in a headline ties the story to the state; one in passing in a lede
 * does not.
 * Any script and language in one list (term syntax of term.ts; Latin "~" adds a genitive "s",
 * Cyrillic "~" declines). Surnames that are common words or shared are given in full.
 */
// biome-ignore format: a data table, filled to the line width
export const FIGURES: Readonly<Record<string, string>> = {
  US: "=Trump|=Trumps|=Biden|=Bidens|Kamala Harris|Obama~|Blinken|Marco Rubio|=NASA|=FBI|Трамп~|Байден~|Блинкен~|Обама~|Рубио|=GOP",
  RU: "Putin~|Poutine|Путин~|Lavrov|Lawrow|Лавров~|Peskov|Peskow|Песков~|Mishustin|Mischustin|Мишустин~|Medvedev|Medwedew|Медведев~|Shoigu|Schoigu|Choïgou|Шойгу|Госдум~|State Duma|Staatsduma|=ФСБ|=FSB|Роскомнадзор~|Roskomnadzor|Росгварди~|Совет~ Федерации|Совфед~",
  UA: "Zelensky|Zelenskyy|Zelenskiy|Selenskyj~|Zelenski|Зеленский~|Verkhovna Rada|Werchowna Rada|Верховн~ Рад~",
  BY: "Lukashenko|Lukaschenko|Loukachenko|Lukashenka|Лукашенко",
  KZ: "Tokayev|Tokajew|Tokaïev|Tokáyev|Токаев~|Nazarbayev|Nasarbajew|Nazarbaïev|Назарбаев~",
  CN: "Xi Jinping|Си Цзиньпин~|Li Qiang|Ли Цян~",
  KP: "Kim Jong Un|Kim Jong-un|Ким Чен Ын~",
  DE: "Merkel~|Olaf Scholz|=Scholz|Friedrich Merz|=Merz|Steinmeier~|Bundeswehr|Bundestag*|Bundesregierung|Bundeskanzler*|Kanzleramt*|Verfassungsschutz*|Robert Koch Institut*|=RKI|Bundesverfassungsgericht*|Bundespolizei|Меркель|Шольц~|Мерц~|бундесвер~|бундестаг~|=CDU|=CSU|=AfD|=SPD|Generalbundesanwalt*|Auswärtig* Amt*|Bundesinnenminister*|Bundesaußenminister*|Bundesgesundheitsminister*",
  FR: "Macron~|Élysée|Elysée|Matignon|Assemblée nationale|Marine Le Pen|Mélenchon|Jordan Bardella|Gabriel Attal|Michel Barnier|François Bayrou|Journal officiel|Макрон~|Елисейск~ двор~|Quai d'Orsay|Rassemblement national|France insoumise|=LFI|=PNAT|parquet national antiterroriste|place Beauvau",
  GB: "Boris Johnson|Keir Starmer|Rishi Sunak|Liz Truss|King Charles|König Charles|roi Charles|rey Carlos|Queen Elizabeth|Königin Elizabeth|reine Elizabeth|reina Isabel|Prince Harry|Prinz Harry|prince Harry|príncipe Harry|Prince William|Prinz William|Herzogin Meghan|Meghan Markle|Herzogin Kate|Duchess Kate|Kate Middleton|Nigel Farage|Westminster|Джонсон~|Стармер~|Сунак~|принц~ Гарри|королев~ Елизавет~|Карл~ III|=NHS|=MI5|=MI6|Scotland Yard",
  ES: "Pedro Sánchez|Felipe VI|rey Felipe|reina Letizia|Königin Letizia|Letizia|Juan Carlos I|rey Juan Carlos|princesa Leonor|Feijóo|Puigdemont|Díaz Ayuso|Moncloa|Guardia Civil|Policía Nacional|Congreso de los Diputados|Generalitat|=PSOE|el Parlament|del Parlament|al Parlament|=PSC|=Junts|=ERC|Esquerra Republicana|=PNV|EH Bildu|Mossos d'Esquadra|=Mossos|Ertzaintza|Xunta de Galicia|Junta de Andalucía|Lehendakari|Педро Санчес~",
  IT: "Giorgia Meloni|Meloni|Mario Draghi|Mattarella|Мелони",
  HU: "Orbán|Viktor Orban|Орбан~",
  PL: "Donald Tusk|Andrzej Duda|Karol Nawrocki",
  TR: "Erdoğan~|Erdogan~|Эрдоган~",
  IL: "Netanyahu|Netanjahu~|Netanyahou|Нетаньяху|Knesset|Кнессет~",
  PS: "Mahmoud Abbas|Mahmud Abbas|Махмуд~ Аббас~",
  IR: "Khamenei|Chamenei|Jamenei|Хаменеи|Pezeshkian|Peseschkian|Пезешкиан~|Ebrahim Raisi|Raisi|Раиси|=IRGC",
  SY: "al-Assad|Baschar al-Assad|Bashar al-Assad|Асад~|al-Sharaa|al-Scharaa|аш Шараа",
  SA: "Mohammed bin Salman|Mohammed ben Salmane|Mohamed bin Salmán",
  EG: "el-Sisi|al-Sisi|as-Sisi|Ас Сиси",
  IN: "Narendra Modi|=Modi|=Modis|Моди|=BJP",
  PK: "Imran Khan|Shehbaz Sharif|Nawaz Sharif|Имран~ Хан~",
  JP: "Fumio Kishida|Kishida|Shigeru Ishiba|Ishiba|Sanae Takaichi|Кисид~|Исиба",
  CA: "Justin Trudeau|Trudeau|Mark Carney|Трюдо",
  AU: "Anthony Albanese",
  BR: "=Lula|Lula da Silva|Bolsonaro|Лула|Болсонару",
  AR: "=Milei|Javier Milei|Милей",
  MX: "Sheinbaum|López Obrador|Lopez Obrador|=AMLO|Шейнбаум",
  VE: "Nicolás Maduro|Nicolas Maduro|=Maduro|Мадуро",
  CO: "Gustavo Petro",
  ZA: "Ramaphosa|Рамафос~",
  NG: "Tinubu|Buhari",
  KE: "William Ruto",
  ET: "Abiy Ahmed",
};
