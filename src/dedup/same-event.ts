import type { EventFeatures } from "./event-features.ts";
import { countShared } from "./same-story.ts";

export interface EventVerdict {
  same: boolean;
  /** Higher is closer; only compared between candidates of one decision. */
  score: number;
  reason: string;
}

/**
 * How far apart two stories of one event may be. Coverage of an attack, a storm or a summit
 * runs for days, but each new story is compared with the event's newest ones, so an event
 * that keeps developing stays open while one that went quiet closes.
 */
export const EVENT_SPAN_MS = 2 * 86_400_000;
/** Word overlap (Jaccard) that links two stories naming the same two actors. */
export const ACTORS_SIMILARITY = 0.2;
/** Word overlap that links two stories on a shared name alone. */
export const WORDS_SIMILARITY = 0.25;
/** Shared words, the place among them, that link two stories of one crisis. */
export const CRISIS_SHARED = 2;

const meet = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value));

/**
 * Are two stories about one real-world occurrence? Precision comes first: a false merge puts an
 * unrelated report under an event a reader follows. Both headlines must name something the
 * other story names (so "Magdeburg" in a lead does not pull in every story that mentions it),
 * and then one of three links must hold: the same crisis at that place, the same two named
 * actors with some words in common, or much wording in common.
 */
export function sameEvent(a: EventFeatures, b: EventFeatures): EventVerdict {
  const no = (reason: string): EventVerdict => ({ same: false, score: 0, reason });
  if (a.language !== null && b.language !== null && a.language !== b.language)
    return no("different languages");
  if (Math.abs(a.at - b.at) > EVENT_SPAN_MS) return no("too far apart in time");
  if (a.genre !== b.genre) return no(`${a.genre} and ${b.genre}`);
  if (a.countries.length > 0 && b.countries.length > 0 && meet(a.countries, b.countries).length === 0) {
    return no(`different countries (${a.countries.join(" ")} / ${b.countries.join(" ")})`);
  }
  const fromA = meet(a.head, b.names);
  const fromB = meet(b.head, a.names);
  if (fromA.length === 0 || fromB.length === 0) return no("headlines name nothing in common");
  // "Car drives into crowd in Leeds" and "... in Bristol": each headline names a place the
  // other story never mentions.
  const onlyA = a.head.filter((name) => !b.names.includes(name));
  const onlyB = b.head.filter((name) => !a.names.includes(name));
  if (onlyA.length > 0 && onlyB.length > 0)
    return no(`names differ (${onlyA.join(" ")} / ${onlyB.join(" ")})`);
  const names = [...new Set([...meet(a.names, b.names)])];
  const shared = countShared(a.tokens, b.tokens);
  const similarity = shared / (a.tokens.length + b.tokens.length - shared || 1);
  const score = similarity + 0.1 * names.length;
  const crisis = meet(a.crises, b.crises);
  const named = names.join(" ");
  if (crisis.length > 0 && shared >= CRISIS_SHARED) {
    return { same: true, score, reason: `same ${crisis.join(" ")} at ${named}` };
  }
  if (names.length >= 2 && similarity >= ACTORS_SIMILARITY) {
    return { same: true, score, reason: `same actors ${named}, similarity ${similarity.toFixed(2)}` };
  }
  if (similarity >= WORDS_SIMILARITY)
    return { same: true, score, reason: `${named}, similarity ${similarity.toFixed(2)}` };
  return no(`only ${named} in common, similarity ${similarity.toFixed(2)}`);
}
