import {
  lookUp,
  packStringMap,
  packStrings,
  type SharedStringMap,
  type SharedStrings,
  sharedArray,
  stringAt,
} from "../text/shared-string-map.ts";
import type { Gazetteer, Place } from "./gazetteer.ts";
import type { PlaceIndex } from "./gazetteer-build.ts";

/**
 * The gazetteer as typed arrays over SharedArrayBuffers: 2.5 MB that every processing thread
 * reads in place, built once, where each thread used to build Maps of Place objects of its own.
 */
export interface PlaceTable {
  /** Every name, country code and subdivision code or name, once. */
  strings: SharedStrings;
  /** Per place, FIELDS string indexes: name, country, subdivision code, subdivision name (or NULL). */
  fields: Int32Array;
  /** Per place: CITY, SUBDIVISION and NEAREST bits. */
  flags: Uint8Array;
  population: Float64Array;
  /** Folded name → offset in `lists`. */
  names: SharedStringMap;
  /** Skeleton → offset in `lists`. */
  skeletons: SharedStringMap;
  /** At each offset: how many places, then their indexes. */
  lists: Int32Array;
  /** First word → the most words of a name starting with it. */
  longest: SharedStringMap;
}

const FIELDS = 4;
/** A string the data leaves null: some subdivisions have no ISO code (the French Southern Lands'). */
const NULL = -1;
const CITY = 1;
const SUBDIVISION = 2;
const NEAREST = 4;

export function packPlaceIndex(index: PlaceIndex): PlaceTable {
  const places = new Map<Place, number>();
  for (const list of [...index.names.values(), ...index.skeletons.values()])
    for (const place of list) if (!places.has(place)) places.set(place, places.size);
  const strings = new Map<string, number>();
  const stringId = (text: string | null) => {
    if (text === null) return NULL;
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, strings.size);
    return strings.size - 1;
  };
  const fields = sharedArray(Int32Array, places.size * FIELDS);
  const flags = sharedArray(Uint8Array, places.size);
  const population = sharedArray(Float64Array, places.size);
  for (const [place, id] of places) {
    const { subdivision } = place;
    fields.set(
      [
        stringId(place.name),
        stringId(place.country),
        subdivision ? stringId(subdivision.code) : NULL,
        subdivision ? stringId(subdivision.name) : NULL,
      ],
      id * FIELDS,
    );
    flags[id] =
      (place.kind === "city" ? CITY : 0) |
      (subdivision ? SUBDIVISION : 0) |
      (subdivision?.nearest ? NEAREST : 0);
    population[id] = place.population;
  }
  const lists: number[] = [];
  const packLists = (map: Map<string, Place[]>) =>
    packStringMap(
      [...map].map(([key, list]) => {
        const offset = lists.length;
        lists.push(list.length, ...list.map((place) => places.get(place) as number));
        return [key, offset] as const;
      }),
    );
  const names = packLists(index.names);
  const skeletons = packLists(index.skeletons);
  const packedLists = sharedArray(Int32Array, lists.length);
  packedLists.set(lists);
  return {
    strings: packStrings([...strings.keys()]),
    fields,
    flags,
    population,
    names,
    skeletons,
    lists: packedLists,
    longest: packStringMap(index.longest),
  };
}

/**
 * Look-ups over a table, answering what the index it was packed from holds. A place becomes a
 * Place object when first found and stays that object: every list that holds it gives the same
 * one, as resolve-places compares them. Only places some text named are ever made.
 */
export function readPlaceTable(table: PlaceTable): Gazetteer {
  const objects: Place[] = [];
  const lists = new Map<number, readonly Place[]>();
  // The types say string; a null from the data is handed on as the index built from it held it.
  const string = (id: number) => (id === NULL ? (null as unknown as string) : stringAt(table.strings, id));
  const place = (id: number): Place => {
    const known = objects[id];
    if (known) return known;
    const at = id * FIELDS;
    const bits = table.flags[id] as number;
    const subdivision =
      bits & SUBDIVISION
        ? {
            code: string(table.fields[at + 2] as number),
            name: string(table.fields[at + 3] as number),
            ...(bits & NEAREST ? { nearest: true as const } : {}),
          }
        : undefined;
    const made: Place = {
      name: string(table.fields[at] as number),
      kind: bits & CITY ? "city" : "subdivision",
      country: string(table.fields[at + 1] as number),
      subdivision,
      population: table.population[id] as number,
    };
    objects[id] = made;
    return made;
  };
  const listAt = (offset: number | undefined): readonly Place[] | undefined => {
    if (offset === undefined) return undefined;
    let list = lists.get(offset);
    if (!list) {
      const ids = table.lists.subarray(offset + 1, offset + 1 + (table.lists[offset] as number));
      list = Array.from(ids, place);
      lists.set(offset, list);
    }
    return list;
  };
  return {
    byName: (key) => listAt(lookUp(table.names, key)),
    bySkeleton: (key) => listAt(lookUp(table.skeletons, key)),
    longestFrom: (word) => lookUp(table.longest, word) ?? 0,
  };
}
