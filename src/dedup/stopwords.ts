/**
 * Function words that say nothing about which event a report covers, plus weekdays and months:
 * outlets on either side of midnight write "Sunday" and "Monday" for one event. Kept short on
 * purpose: wide lists (stopwords-iso has over a thousand English entries) also drop words such
 * as "killed" or "city" that do tell reports apart. Words are given case-folded and without
 * Latin diacritics, as the tokenizer produces them ("über" is "uber", "ё" is "е").
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but nor of in on at to from by for with without into onto over under
    about after before during since until as than then that this these those there here is are
    was were be been being has have had having do does did will would shall should can could
    may might must it its he she they them their his her we our you your i me my who whom whose
    which what when where why how not no yes also just more most very so such said says say
    saying told according some any all each both other another new up out off again
    further once per via amid among while monday tuesday wednesday thursday friday
    saturday sunday january february april june july august september october november
    december`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber doch sondern
    in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur uber unter um durch
    fur gegen ohne bis als wie so dass ob wenn weil da hier dort ist sind war waren wird werden
    wurde wurden worden sein seine seiner seinen seinem hat haben hatte hatten habe es er sie
    wir ihr ihre ihrem ihren ihres ich du man sich nicht kein keine keinen auch noch nur schon
    sehr mehr bereits dabei damit dazu dies diese dieser dieses diesem diesen jener welche
    welcher welches hiess heisst laut zufolge sagte sagten teilte mit montag dienstag mittwoch
    donnerstag freitag samstag sonntag januar februar marz april mai juni juli august september
    oktober november dezember`,
  ru: `и в во на с со к ко по о об от до из за для при без над под про через у а но или же ли
    не ни бы что чтобы как так это этот эта эти этого этой этих тот та те того той тех он она оно
    они его ее их им ими ему ей мы вы я ты был была было были быть будет будут есть также
    уже еще лишь только все всех весь вся который которая которое которые которых
    после перед между около более менее сообщил сообщила сообщили сообщает заявил заявила
    заявили по словам данным понедельник вторник среда среду
    четверг пятница пятницу суббота субботу воскресенье`,
};

const SETS = new Map(Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/))]));
const ALL = new Set([...SETS.values()].flatMap((set) => [...set]));

/** The stop words for a language, or every list at once when the language is unknown. */
export function stopWords(language: string | null): ReadonlySet<string> {
  return (language !== null && SETS.get(language)) || ALL;
}
