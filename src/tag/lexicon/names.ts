/**
 * Corrections to the i18n-iso-countries names, per language: short forms and abbreviations news
 * use, and names dropped because in that language they are mostly something else (French
 * "réunion" is a meeting, Russian "того" a pronoun, English "Jersey" a shirt).
 */
export const EXTRA_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    CD: "DRC|DR Congo|Congo-Kinshasa|Democratic Republic of Congo",
    CG: "Congo-Brazzaville|Republic of Congo",
    GB: "Britain|=U.K.",
    US: "=US|=U.S.|America",
    MM: "Burma",
    SY: "Syria",
    LA: "Laos",
    KP: "North Korea|=DPRK",
    KR: "South Korea",
    PS: "Palestinian territories",
    CZ: "Czechia",
    MD: "Moldova",
    TL: "East Timor",
    SZ: "Swaziland",
    CV: "Cape Verde",
    VA: "Vatican",
    RE: "La Reunion|Reunion Island",
  },
  de: {
    CD: "DR Kongo|Demokratische Republik Kongo",
    SY: "Syrien",
    KG: "Kirgistan",
    BY: "Weißrussland",
    MD: "Moldau|Republik Moldau",
    MM: "Birma|Burma",
    US: "Amerika|=US",
    PS: "Palästinensergebiete",
    RE: "La Réunion",
  },
  ru: {
    CD: "ДРК|ДР Конго",
    BY: "Беларусь|Белоруссия",
    MD: "Молдова",
    MM: "Бирма",
    KP: "Северная Корея",
    KR: "Южная Корея",
    US: "Соединенные Штаты|Соединенные Штаты Америки",
    GB: "Британия",
    PS: "Палестина",
    KG: "Кыргызстан|Киргизия",
    // The package gives only "КНР (Китайская Народная Республика)".
    CN: "Китай|Китайская Народная Республика",
  },
  fr: {
    US: "États-Unis",
    CD: "RDC|RD Congo|Congo-Kinshasa|République démocratique du Congo",
    CG: "Congo-Brazzaville|République du Congo",
    BY: "Biélorussie",
    MM: "Birmanie",
    SY: "Syrie",
    RE: "La Réunion|île de la Réunion",
  },
  es: {
    US: "EE. UU.|EEUU|EE.UU.",
    CD: "RDC|RD Congo|República Democrática del Congo",
    CG: "República del Congo|Congo-Brazzaville",
    SY: "Siria",
    BY: "Bielorrusia",
    MM: "Birmania",
    LA: "Laos",
    KP: "Corea del Norte",
    KR: "Corea del Sur",
    IR: "Irán",
  },
};

/** Folded names (see text/fold.ts) left out per language. "congo" is added back below as DR Congo. */
export const DROPPED_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ["congo", "reunion", "jersey", "man", "georgia south", "christmas"],
  de: ["kongo", "reunion", "jersey", "man"],
  fr: ["congo", "reunion", "jersey", "maurice", "grenade", "man"],
  es: ["congo", "reunion", "jersey", "mauricio", "granada", "man"],
  ru: ["конго", "того", "мэн", "джерси"],
};

/**
 * A bare "Congo" almost always means the Democratic Republic in crisis news; it is read as the
 * Republic only when that one is named outright and the Democratic Republic is not.
 */
export const SHARED_NAMES: readonly { names: string; adjectives: string; code: string; alt: string }[] = [
  {
    names: "Congo|Kongo|Конго",
    adjectives: "congolese|kongolesisch*|конголезск*|congolais*|congoleñ*|congolen*",
    code: "CD",
    alt: "CG",
  },
];
