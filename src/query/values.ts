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

/** A closed set of codes or slugs: how to spell them, which exist, and how to say so. */
export interface Vocabulary {
  normalise: (value: string) => string;
  isKnown: (value: string) => boolean;
  accepted: string;
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
