import { QueryError } from "./error.ts";
import type { ParamName } from "./params.ts";

export const MAX_VALUES = 50;
export const MAX_TEXT_LENGTH = 200;

/** Repeated and comma-separated values are the same thing; blanks (an empty form field) are ignored. */
export function splitValues(param: ParamName, raw: string | string[] | undefined): string[] {
  const values = [raw ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
  if (values.length > MAX_VALUES) {
    throw new QueryError(param, `${values.length} values given`, `at most ${MAX_VALUES} values`);
  }
  return values;
}

/**
 * The codes or slugs a parameter accepts: how to spell them, which exist, and how to say so.
 * Either a closed list or a pattern, never both, so the API document states exactly what the
 * check accepts (see vocabularyOf in params.ts): a closed set lists every accepted value, an
 * open one says what an accepted value looks like.
 */
export type Vocabulary = {
  normalise: (value: string) => string;
  isKnown: (value: string) => boolean;
  accepted: string;
} & ({ values: readonly string[]; pattern: null } | { values: null; pattern: RegExp });

export function closedVocabulary(
  values: readonly string[],
  normalise: (value: string) => string,
  accepted: string,
): Vocabulary {
  const known = new Set(values);
  return { normalise, accepted, values, pattern: null, isKnown: (value) => known.has(value) };
}

export function openVocabulary(
  pattern: RegExp,
  normalise: (value: string) => string,
  accepted: string,
): Vocabulary {
  return { normalise, accepted, values: null, pattern, isKnown: (value) => pattern.test(value) };
}

export function readCodes(param: ParamName, values: string[], vocabulary: Vocabulary): string[] {
  const codes = values.map(vocabulary.normalise);
  const unknown = codes.find((code) => !vocabulary.isKnown(code));
  if (unknown !== undefined) throw new QueryError(param, `unknown value "${unknown}"`, vocabulary.accepted);
  return [...new Set(codes)];
}

export function readSingle(param: ParamName, values: string[]): string | null {
  if (values.length > 1) throw new QueryError(param, `${values.length} values given`, "a single value");
  return values[0] ?? null;
}

/** Free text as lower-cased words, without repeats. */
export function readWords(param: ParamName, values: string[]): string[] {
  const length = values.join(" ").length;
  if (length > MAX_TEXT_LENGTH) {
    throw new QueryError(param, `${length} characters given`, `words, at most ${MAX_TEXT_LENGTH} characters`);
  }
  return [...new Set(values.flatMap((value) => value.toLowerCase().split(/\s+/u)).filter(Boolean))];
}
