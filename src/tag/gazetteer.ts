import { builtOnce } from "../text/built-once.ts";
import { buildPlaceIndex } from "./gazetteer-build.ts";
import { type PlaceTable, packPlaceIndex, readPlaceTable } from "./place-table.ts";

export { keyOf, latinOf, skeleton } from "./place-keys.ts";
export type { PlaceTable } from "./place-table.ts";

export interface Subdivision {
  /** ISO 3166-2, "DE-BY". */
  code: string;
  name: string;
  /** Only the nearest subdivision centre to the city: the data does not say which it lies in. */
  nearest?: true;
}

export interface Place {
  name: string;
  kind: "city" | "subdivision";
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** For a city, the subdivision it lies in when known; for a subdivision, itself. */
  subdivision?: Subdivision;
  /**
   * People living there; for a subdivision, which the data gives none for, its country's
   * population shared evenly among its subdivisions (Bavaria weighs millions, a Manx parish little).
   */
  population: number;
}

export interface Gazetteer {
  /** Places by their folded name, words joined by single spaces. */
  byName(key: string): readonly Place[] | undefined;
  /** Places by the Latin skeleton of their name (see `skeleton`), for text in Cyrillic. */
  bySkeleton(key: string): readonly Place[] | undefined;
  /** The most words a name starting with this folded word has. */
  longestFrom(word: string): number;
}

/** The place data in shared memory (about 2 s of CPU to build), and its look-ups per thread. */
const places = builtOnce(() => packPlaceIndex(buildPlaceIndex()), readPlaceTable);

export const placeTable: () => PlaceTable = places.table;
export const usePlaceTable: (given: PlaceTable) => void = places.use;
/** The look-ups over `placeTable()`, shared by every tagger of this thread. */
export const gazetteer: () => Gazetteer = places.reader;
