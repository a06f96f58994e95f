import type { Evidence, TagField } from "../model/tags.ts";
import type { CountryMention } from "./disambiguate.ts";
import { EvidenceList } from "./evidence.ts";
import { COUNTRY_WEIGHTS, type Hit } from "./hit.ts";
import { LOCATIVES } from "./lexicon/ambiguous.ts";
import { besideForces } from "./lexicon/forces.ts";
import type { Match } from "./matcher.ts";
import type { Token } from "./tokens.ts";

/** A headline mention says more than one in the body, where countries also come up in passing. */
const FIELD_FACTOR: Record<TagField, number> = { title: 2, summary: 1, content: 0.5 };
/** One name in the summary, or two in the body: below that a country is only mentioned in passing. */
const THRESHOLD = 3;
const ACTOR_WEIGHT = 2;
/** The fallback needs at least an adjective in the summary; a lone word deep in the body is not enough. */
const FALLBACK = 2;

const fieldOf = (match: Match<Hit>): TagField => match.tokens[0]?.field ?? "content";

/**
 * When the headline names countries, one it leaves out counts only when the rest of the item
 * names it at least twice, its forces act, or, in a story of a crisis, the crisis reaches it
 * ("recorded in Burundi", "fled to Chad"): otherwise a single mention in the lede is in passing.
 * Returns why it is in passing, for the evidence, or nothing when it counts.
 */
function inPassing(code: string, score: number, context: PassingContext): string | undefined {
  if (context.titled.size === 0 || context.titled.has(code) || score >= 2 * THRESHOLD) return undefined;
  const own = context.mentions.filter((mention) => mention.code === code);
  if (own.some((mention) => mention.weight === "forces")) return undefined;
  if (!context.eventful) return "in passing beside the headline's countries";
  const reach = own.map(context.reached);
  if (reach.includes("reached")) return undefined;
  return reach.includes("felt") ? "felt from afar" : "in passing beside the headline's countries";
}

interface PassingContext {
  titled: ReadonlySet<string>;
  mentions: readonly CountryMention[];
  eventful: boolean;
  /** Whether a preposition of place, or an agent's "by", leads to the mention, or only where a shock was felt. */
  reached: (mention: CountryMention) => "reached" | "felt" | undefined;
}

/** Words a list of places or an article puts between a preposition and a name. Folded. */
// biome-ignore format: a data table
const LIST_WORDS = new Set([
  "and", "or", "the", "und", "oder", "der", "die", "den", "dem", "et", "ou", "le", "la", "les", "l", "y", "o",
  "el", "los", "las", "и", "или",
]);
/** "launched by Russia", "lancés par la Russie": the state that acts in a crisis. Folded. */
const AGENTS = new Set(["by", "par", "por"]);

/**
 * Word beginnings for a shock or a blast felt from afar ("also felt in Ecuador", "se sintió en",
 * "ressenti jusqu'en", "ощущался в", "in Panama zu spüren"): where it was felt is not where it
 * happened. Folded.
 */
const FELT = ["felt", "sinti", "ressenti", "ощущал", "почувствова", "spurbar", "spuren", "gespurt"];
const felt = (token: Token | undefined, sentence: number | undefined) =>
  token !== undefined && token.sentence === sentence && FELT.some((prefix) => token.norm.startsWith(prefix));

/**
 * Walks back from a mention over the names and list words before it to the word that leads the
 * list: "in Burundi, Kenya, Rwanda and Uganda" reaches each of the four from "in". A list of the
 * places a shock was felt in is reached by nothing.
 */
function reachedFrom(tokens: readonly Token[], mentions: readonly CountryMention[]) {
  const named = new Set(mentions.flatMap((mention) => mention.match.tokens.map((token) => token.index)));
  const listEnd = (from: number, sentence: number | undefined) => {
    let index = from;
    while (
      tokens[index]?.sentence === sentence &&
      (named.has(index) || LIST_WORDS.has(tokens[index]?.norm ?? ""))
    )
      index++;
    return index;
  };
  const inList = (index: number) => {
    const norm = tokens[index]?.norm ?? "";
    return named.has(index) || LIST_WORDS.has(norm) || LOCATIVES.has(norm) || AGENTS.has(norm);
  };
  return (mention: CountryMention) => {
    const sentence = mention.match.tokens[0]?.sentence;
    let start = mention.match.start;
    let reached = false;
    // Back to the start of the list ("jusqu'en Argentine et en Bolivie"), noting any preposition.
    while (start > 0 && tokens[start - 1]?.sentence === sentence && inList(start - 1)) {
      start--;
      const norm = tokens[start]?.norm ?? "";
      reached ||= LOCATIVES.has(norm) || AGENTS.has(norm);
    }
    if (!reached) return undefined;
    const end = listEnd(mention.match.end, sentence);
    return [start - 1, start - 2, end, end + 1].some((at) => felt(tokens[at], sentence)) ? "felt" : "reached";
  };
}

/** Words from a country name to the person it introduces: "President", "Präsident", "de", "el". */
const INTRO_WINDOW = 4;

/**
 * The headline names a person, and the lede introduces them as a leader of their state: "Putin and
 * Rahmon lay wreaths | … the President of Tajikistan Emomali Rahmon …". Such a mention is as much
 * the headline's as the person; a nationality (a journalist's, a player's) never counts here.
 * Walks forward over capitalised words, and one list word, to a first name and a surname the
 * headline holds.
 */
function introducesHeadlinePerson(
  mention: CountryMention,
  tokens: readonly Token[],
  named: ReadonlySet<number>,
) {
  const { match } = mention;
  if (mention.weight === "bearer" || fieldOf(match) === "title") return false;
  if (!besideForces(tokens, match.start, match.end)) return false;
  const sentence = match.tokens[0]?.sentence;
  const surnames = new Set(
    tokens
      .filter((token) => token.field === "title" && token.capitalised && !named.has(token.index))
      .map((token) => token.norm),
  );
  for (let index = match.end; index < match.end + INTRO_WINDOW; index++) {
    const token = tokens[index];
    const before = tokens[index - 1];
    if (!token || token.sentence !== sentence || named.has(index)) return false;
    if (!token.capitalised) continue;
    if (surnames.has(token.norm) && before?.capitalised && !token.apart && !named.has(index - 1)) return true;
  }
  return false;
}

export interface CountryResult {
  countries: string[];
  evidence: Evidence[];
}

/**
 * Weighs the mentions of each country and keeps those a story is about. An alliance's name adds
 * weight to its members the story names anyway. With no country strong enough, the strongest
 * weak one is kept; with none at all, the feed's own countries apply.
 */
export function scoreCountries(
  mentions: readonly CountryMention[],
  actors: readonly Match<Hit>[],
  feedCountries: readonly string[] = [],
  story: { tokens: readonly Token[]; eventful: boolean } = { tokens: [], eventful: false },
): CountryResult {
  const scores = new Map<string, number>();
  const evidence = new EvidenceList("country");
  const counted = new Map<string, number>();
  const named = new Set(mentions.flatMap((mention) => mention.match.tokens.map((token) => token.index)));
  const headlineField = (mention: CountryMention): TagField =>
    introducesHeadlinePerson(mention, story.tokens, named) ? "title" : fieldOf(mention.match);
  const fields = new Map(mentions.map((mention) => [mention, headlineField(mention)]));
  // Countries the headline names: beside them, one the headline leaves out is often a comparison,
  // a partner or a place felt from afar ("felt in Ecuador", "talks with the United States").
  const passing: PassingContext = {
    titled: new Set(mentions.filter((m) => fields.get(m) === "title").map((m) => m.code)),
    mentions,
    eventful: story.eventful,
    reached: reachedFrom(story.tokens, mentions),
  };
  for (const mention of mentions) {
    const field = fields.get(mention) ?? fieldOf(mention.match);
    const weight = COUNTRY_WEIGHTS[mention.weight] * FIELD_FACTOR[field];
    // A word matched as both name and adjective ("Kasachstan" and "kasach*") counts once, at its best.
    const key = `${mention.code}@${mention.match.start}`;
    const before = counted.get(key) ?? 0;
    if (weight > before) {
      scores.set(mention.code, (scores.get(mention.code) ?? 0) + weight - before);
      counted.set(key, weight);
    }
    evidence.add(mention.code, mention.rule, mention.match);
  }
  for (const match of actors) {
    if (match.value.kind !== "actor") continue;
    const field = fieldOf(match);
    for (const code of match.value.members) {
      if (!scores.has(code)) continue;
      scores.set(code, (scores.get(code) ?? 0) + ACTOR_WEIGHT * FIELD_FACTOR[field]);
      evidence.add(code, `actor:${match.value.actor}`, match);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const suppressed = new EvidenceList("country");
  let countries = ranked
    .filter(([code, score]) => {
      if (score < THRESHOLD) return false;
      const why = inPassing(code, score, passing);
      if (why) {
        const own = mentions.filter((mention) => mention.code === code);
        suppressed.add(code, `suppressed (${why})`, ...own.map((mention) => mention.match));
      }
      return why === undefined;
    })
    .map(([code]) => code);
  const [best] = ranked;
  if (countries.length === 0 && best && best[1] >= FALLBACK) countries = [best[0]];
  if (countries.length === 0 && feedCountries.length > 0) {
    countries = [...feedCountries];
    for (const code of countries) evidence.addFeed(code, "feed:countries", [code]);
  }
  const dropped = suppressed.all().filter((entry) => !countries.includes(entry.tag));
  return { countries, evidence: [...evidence.for(countries), ...dropped] };
}
