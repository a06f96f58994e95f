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

/**
 * Crises from plain terms and from near rules whose two sides meet. A sentence that also speaks
 * of an exhibition, a film review or an anniversary is history or culture, so its crisis words
 * count for nothing; nor do crisis words a negation denies ("no curfew", "denies a coup").
 */
export function detectCrises(matches: readonly Match<Hit>[], tokens: readonly Token[]): CrisisResult {
  const cueSentences = new Set(
    matches.filter((match) => match.value.kind === "cue").map((match) => match.tokens[0]?.sentence),
  );
  const negations = readNegations(matches);
  const live = matches.filter(isCrisis).filter((match) => !cueSentences.has(match.tokens[0]?.sentence));
  const evidence = new EvidenceList("crisis");
  const crises = new Set<string>();
  const sides = new Map<string, Match<CrisisHit>[][]>();
  for (const match of live) {
    const { crisis, rule, slot } = match.value;
    if (slot === 0) {
      if (negations.denies(match)) continue;
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
      crises.add(a.value.crisis);
      evidence.add(a.value.crisis, rule, a, partner);
    }
  }
  const list = CRISES.filter((crisis) => crises.has(crisis));
  return { crises: list, evidence: evidence.for(list) };
}
