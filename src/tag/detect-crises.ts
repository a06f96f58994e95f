import { CRISES, type Evidence } from "../model/tags.ts";
import { EvidenceList } from "./evidence.ts";
import type { Hit } from "./hit.ts";
import type { Match } from "./matcher.ts";
import { readNegations } from "./negation.ts";
import { titleCase } from "./title-case.ts";
import type { Token } from "./tokens.ts";

type CrisisHit = Extract<Hit, { kind: "crisis" }>;

export interface CrisisResult {
  crises: string[];
  evidence: Evidence[];
}

const isCrisis = (match: Match<Hit>): match is Match<CrisisHit> => match.value.kind === "crisis";

/** Both sides of a near rule in one field, on different words, at most `window` words apart. */
function near(a: Match<CrisisHit>, b: Match<CrisisHit>): boolean {
  if (a.tokens[0]?.field !== b.tokens[0]?.field) return false;
  if (a.start < b.end && b.start < a.end) return false;
  const gap = a.start < b.start ? b.start - a.end : a.start - b.end;
  return gap < a.value.window;
}

/**
 * The name right after a storm word ("Storm Babet", "tempête Ciarán"): capitalised, inside its
 * sentence, and not in a title-case headline, where every word has a capital.
 */
function nameAfter(match: Match<CrisisHit>, tokens: readonly Token[]): Match<CrisisHit> | undefined {
  const next = tokens[match.end];
  const field = match.tokens[0]?.field;
  if (!next || !field || next.field !== field || next.sentenceStart || !next.capitalised) return undefined;
  if (titleCase(tokens, field)) return undefined;
  return { ...match, start: match.end, end: match.end + 1, tokens: [next] };
}

/** A capital inside its sentence, in a field not in title case: "the Falklands War", "la Guerra Civil". */
function writtenAsName(match: Match<CrisisHit>, tokens: readonly Token[]): boolean {
  const first = match.tokens[0];
  return !!first && first.capitalised && !first.sentenceStart && !titleCase(tokens, first.field);
}

type CueHit = Extract<Hit, { kind: "cue" }>;

/**
 * The crises each context silences: culture every one; sport what it turns into play ("attack
 * runs riot", "the club protests the penalty"); crime the fighting ("shoot-out with smugglers");
 * minors the blocking of apps ("social media ban for under-16s").
 */
const SILENCES: Record<CueHit["context"], ReadonlySet<string> | "all"> = {
  culture: "all",
  sport: new Set(["unrest", "armed-conflict", "terrorism", "crackdown"]),
  crime: new Set(["armed-conflict"]),
  minors: new Set(["internet-shutdown"]),
};

/**
 * Crises from plain terms and from near rules whose two sides meet. A sentence that also speaks
 * of an exhibition, a film review or an anniversary is culture or history, so its crisis words
 * count for nothing; in a sentence about a club, a match or a referee, unrest, attacks and
 * fighting are about the game; nor do crisis words a negation denies ("no curfew", "denies a
 * coup") or a figure of speech hides ("a storm of criticism"), nor any in a feed's footer (the
 * blog's name). Each of these silencings is listed in the evidence, as "suppressed (why) rule",
 * beside the evidence of the crises that stand.
 */
export function detectCrises(
  matches: readonly Match<Hit>[],
  tokens: readonly Token[],
  inFooter: (match: Match<Hit>) => boolean = () => false,
): CrisisResult {
  const cues = new Map<number | undefined, Match<Hit>[]>();
  for (const match of matches) {
    if (match.value.kind !== "cue") continue;
    const sentence = match.tokens[0]?.sentence;
    cues.set(sentence, [...(cues.get(sentence) ?? []), match]);
  }
  const suppressed = new EvidenceList("crisis");
  /** The cue that silences this crisis word in its sentence, if any. */
  const silencer = (match: Match<CrisisHit>) =>
    cues.get(match.tokens[0]?.sentence)?.find((cue) => {
      const silenced = SILENCES[(cue.value as CueHit).context];
      return silenced === "all" || silenced.has(match.value.crisis);
    });
  const negations = readNegations(matches, tokens);
  // A one-word figure ("Erdrutschsieg", "Wortgefecht") covers exactly the word its crisis term
  // matched; the matcher keeps both, so the block's span silences the term here.
  const blocked = new Set(
    matches
      .filter((match) => match.value.kind === "block" && match.value.crisis)
      .map((match) => `${match.group}:${match.start}:${match.end}`),
  );
  const live = matches.filter(isCrisis).filter((match) => {
    if (blocked.has(`${match.group}:${match.start}:${match.end}`)) return false;
    if (inFooter(match)) {
      suppressed.add(match.value.crisis, `suppressed (feed footer) ${match.value.rule}`, match);
      return false;
    }
    const cue = silencer(match);
    if (!cue) return true;
    const context = (cue.value as CueHit).context;
    suppressed.add(match.value.crisis, `suppressed (${context}: ${wordsOf(cue)}) ${match.value.rule}`, match);
    return false;
  });
  for (const block of matches) {
    if (block.value.kind === "block" && block.value.crisis)
      suppressed.add("figurative", `suppressed (figure of speech) ${block.value.rule}`, block);
  }
  const evidence = new EvidenceList("crisis");
  const crises = new Set<string>();
  const sides = new Map<string, Match<CrisisHit>[][]>();
  // A part's matches: its term, or both sides of its near rule.
  const parts: [Match<CrisisHit>, ...Match<CrisisHit>[]][] = [];
  for (const match of live) {
    const { crisis, rule, slot } = match.value;
    if (slot === 0) {
      if (match.value.nameIsHistory && writtenAsName(match, tokens)) {
        suppressed.add(crisis, `suppressed (a past war's name) ${rule}`, match);
        continue;
      }
      if (negations.denies(match)) {
        suppressed.add(crisis, `suppressed (negated) ${rule}`, match);
        continue;
      }
      if (match.value.partOf) {
        parts.push([match]);
        continue;
      }
      crises.add(crisis);
      evidence.add(crisis, rule, match);
      continue;
    }
    const pair = sides.get(rule) ?? [[], []];
    sides.set(rule, pair);
    pair[slot - 1]?.push(match);
  }
  for (const [rule, [left = [], right = []]] of sides) {
    for (const a of left) {
      const name = a.value.named ? nameAfter(a, tokens) : undefined;
      if (name && !negations.denies(a)) {
        crises.add(a.value.crisis);
        evidence.add(a.value.crisis, `${rule}:named`, a, name);
        continue;
      }
      const partner = right.find((b) => near(a, b) && !negations.deniesPair(a, b));
      if (!partner) continue;
      if (a.value.partOf) {
        parts.push([a, partner]);
        continue;
      }
      crises.add(a.value.crisis);
      evidence.add(a.value.crisis, rule, a, partner);
    }
  }
  // Parts are weighed last, once every crisis they might belong to is known.
  for (const part of parts) {
    const { crisis, rule, partOf } = part[0].value;
    const whole = partOf?.find((other) => crises.has(other));
    if (whole) {
      suppressed.add(crisis, `suppressed (part of ${whole}) ${rule}`, ...part);
      continue;
    }
    crises.add(crisis);
    evidence.add(crisis, rule, ...part);
  }
  const list = CRISES.filter((crisis) => crises.has(crisis));
  return { crises: list, evidence: [...evidence.for(list), ...suppressed.all()] };
}

const wordsOf = (match: Match<Hit>) => match.tokens.map((token) => token.surface).join(" ");
