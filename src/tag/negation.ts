import type { Hit } from "./hit.ts";
import type { Match } from "./matcher.ts";
import { titleCase } from "./title-case.ts";
import type { Token } from "./tokens.ts";

/** Words between a negation and the crisis word it denies: "did not declare a curfew", "n'a pas décrété l'état". */
const REACH_FOLLOWING = 3;
/** "Ausgangssperre wird nicht verhängt", "curfew has not been", "couvre-feu n'est pas". */
const REACH_PRECEDING = 2;
/** An undo word turns a negation around only right beside it: "not only", "has not been lifted". */
const UNDO_AFTER = 2;
const UNDO_BEFORE = 1;

const sentenceOf = (match: Match<Hit>) => match.tokens[0]?.sentence;

/** Words strictly between two matches, or -1 when they overlap or `a` does not come first. */
function gap(a: Match<Hit>, b: Match<Hit>): number {
  return a.end <= b.start ? b.start - a.end : -1;
}

function within(distance: number, reach: number): boolean {
  return distance >= 0 && distance <= reach;
}

/** A dash or semicolon opens a clause among the words from `start` to `end` (exclusive). */
function clauseBreak(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start + 1, end + 1).some((token) => token.clauseStart);
}

/**
 * A capital inside a sentence that is not in title case, with no colon or quote before it, makes
 * the word part of a name, no negation: "Rupture de digue dans le Pas-de-Calais", but
 * "Nouméa : Pas de couvre-feu" and « Pas de couvre-feu » deny.
 */
function inName(match: Match<Hit>, tokens: readonly Token[]): boolean {
  const first = match.tokens[0];
  return (
    !!first && first.capitalised && !first.sentenceStart && !first.apart && !titleCase(tokens, first.field)
  );
}

export interface NegationCheck {
  /** True when a negation in the same sentence denies this crisis word. */
  denies(match: Match<Hit>): boolean;
  /** True when both sides of a near rule are denied, or a negation stands between them ("internet was not cut"). */
  deniesPair(a: Match<Hit>, b: Match<Hit>): boolean;
}

/**
 * Reads the negations among an item's matches. A negation reaches a few words forward ("no
 * curfew", "denies imposing a curfew") or, for the words that follow their subject, back
 * ("Ausgangssperre nicht"), never past its sentence nor past a dash or semicolon ("bestreitet einen
 * Zusammenhang – der Anschlag …" leaves the attack standing) nor inside a name ("Pas-de-Calais"); an undo word right beside it ("not
 * only", "has not been lifted", "flauen nicht ab") cancels it.
 */
export function readNegations(matches: readonly Match<Hit>[], tokens: readonly Token[]): NegationCheck {
  const undos = matches.filter((match) => match.value.kind === "undo");
  const undone = (negation: Match<Hit>) =>
    undos.some(
      (undo) =>
        sentenceOf(undo) === sentenceOf(negation) &&
        (within(gap(negation, undo), UNDO_AFTER) || within(gap(undo, negation), UNDO_BEFORE)),
    );
  const negations = matches.filter(
    (match): match is Match<Extract<Hit, { kind: "negation" }>> =>
      match.value.kind === "negation" && !undone(match) && !inName(match, tokens),
  );

  const denies = (match: Match<Hit>) =>
    negations.some(
      (negation) =>
        sentenceOf(negation) === sentenceOf(match) &&
        (negation.value.denies === "following"
          ? within(gap(negation, match), REACH_FOLLOWING) &&
            !clauseBreak(tokens, negation.end - 1, match.start)
          : within(gap(match, negation), REACH_PRECEDING) &&
            !clauseBreak(tokens, match.end - 1, negation.start)),
    );

  return {
    denies,
    deniesPair(a, b) {
      if (denies(a) && denies(b)) return true;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      return negations.some(
        (negation) =>
          sentenceOf(negation) === sentenceOf(first) &&
          negation.start >= first.end &&
          negation.end <= second.start &&
          !clauseBreak(tokens, negation.end - 1, second.start),
      );
    },
  };
}
