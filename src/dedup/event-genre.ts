/**
 * Two kinds of report that share a city's name and a day with a crisis without being part of
 * it: sport (a club named after the city plays on the evening of an attack) and remembrance (an
 * anniversary of an older attack in the same city). An event holds one kind only. The headline
 * decides: leads mention old attacks and matches in passing.
 */
const SPORT = [
  "bundesliga|2\\. liga|3\\. liga|premier league|champions league|europa league|nations league|serie a|ligue 1|laliga|la liga|primera división",
  "copa del rey|eurocopa|euro 20\\d\\d|world cup|weltmeisterschaft|wm-qualifikation|mundial|coupe du monde|чемпионат|премьер-лиг\\p{L}*",
  "fu(?:ß|ss)ball\\p{L}*|football|soccer|fútbol|футбол\\p{L}*|handball\\p{L}*|basketball|baloncesto|eishockey|хоккей|tennis|darts|formel 1|formula 1|fórmula 1|tour de france",
  "torwart|goalkeeper|portero|gardien de but|вратар\\p{L}*|cheftrainer|head coach|entrenador|entraîneur|stürmer|striker|delantero|attaquant",
  "spieltag|matchday|jornada \\d+|derby|derbi|tabellenführ\\p{L}*|aufsteiger|abstiegs\\p{L}*",
].join("|");
const SCORE = "\\d{1,2}:\\d{1,2}";

const REMEMBRANCE = [
  "jahrestag\\p{L}*|jährt sich|[\\p{L}\\p{N}]+ jahre nach (?:dem|der)|vor [\\p{L}\\p{N}]+ jahren",
  "anniversary|[\\p{L}\\p{N}]+ years (?:on|after|since|ago)",
  "aniversario|[\\p{L}\\p{N}]+ años (?:después|del|de la)|hace [\\p{L}\\p{N}]+ años",
  "anniversaire|[\\p{L}\\p{N}]+ ans après|il y a [\\p{L}\\p{N}]+ ans",
  "годовщин\\p{L}*|[\\p{L}\\p{N}]+ лет (?:назад|со дня|спустя)",
].join("|");

const edged = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");
const SPORT_TERM = edged(`${SPORT}|${SCORE}`);
const REMEMBRANCE_TERM = edged(REMEMBRANCE);

export type Genre = "news" | "sport" | "remembrance";

export function genreOf(headline: string): Genre {
  if (REMEMBRANCE_TERM.test(headline)) return "remembrance";
  if (SPORT_TERM.test(headline)) return "sport";
  return "news";
}
