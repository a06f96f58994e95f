/** A list of strings held in SharedArrayBuffers, as UTF-16 code units. */
export interface SharedStrings {
  /** The strings' code units, one after the other. */
  chars: Uint16Array;
  /** String k is chars[starts[k]] up to chars[starts[k + 1]]. */
  starts: Uint32Array;
}

/**
 * A read-only map from strings to whole numbers, held in SharedArrayBuffers: handed to worker
 * threads (as `workerData` or in a message), it is shared, not copied, so every thread reads the
 * one copy the process built. Keys are kept as UTF-16 code units, so a look-up compares a
 * JavaScript string as it is, without encoding it. Open addressing with linear probing, at most
 * half full.
 */
export interface SharedStringMap {
  keys: SharedStrings;
  values: Int32Array;
  /** Key index + 1 per slot; 0 is an empty slot. */
  slots: Uint32Array;
}

/** A typed array of `length` elements over a new SharedArrayBuffer. */
export function sharedArray<T>(
  Type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new Type(new SharedArrayBuffer(Math.max(1, length) * Type.BYTES_PER_ELEMENT));
}

/** FNV-1a over UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function packStrings(list: readonly string[]): SharedStrings {
  const chars = sharedArray(
    Uint16Array,
    list.reduce((sum, text) => sum + text.length, 0),
  );
  const starts = sharedArray(Uint32Array, list.length + 1);
  let at = 0;
  list.forEach((text, index) => {
    starts[index] = at;
    for (let i = 0; i < text.length; i++) chars[at++] = text.charCodeAt(i);
  });
  starts[list.length] = at;
  return { chars, starts };
}

/** String `index` of the list. */
export function stringAt(strings: SharedStrings, index: number): string {
  return String.fromCharCode(...strings.chars.subarray(strings.starts[index], strings.starts[index + 1]));
}

export function packStringMap(entries: Iterable<readonly [string, number]>): SharedStringMap {
  const list = [...entries];
  const keys = packStrings(list.map(([key]) => key));
  const values = sharedArray(Int32Array, list.length);
  let capacity = 16;
  while (capacity < list.length * 2) capacity *= 2;
  const slots = sharedArray(Uint32Array, capacity);
  list.forEach(([key, value], index) => {
    values[index] = value;
    let slot = hash(key) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = index + 1;
  });
  return { keys, values, slots };
}

function keyIs({ chars, starts }: SharedStrings, index: number, key: string): boolean {
  const start = starts[index] as number;
  if ((starts[index + 1] as number) - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (chars[start + i] !== key.charCodeAt(i)) return false;
  return true;
}

/** The value of `key`, or undefined when the map has no such key. */
export function lookUp(map: SharedStringMap, key: string): number | undefined {
  const mask = map.slots.length - 1;
  for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
    const entry = map.slots[slot] as number;
    if (entry === 0) return undefined;
    if (keyIs(map.keys, entry - 1, key)) return map.values[entry - 1];
  }
}
