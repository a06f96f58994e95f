/**
 * MinHash with banding, so that finding the stories a report may belong to costs a fixed
 * number of lookups however many stories are stored. Two token sets with Jaccard similarity J
 * share at least one band with probability 1 - (1 - J^ROWS)^BANDS: with 32 bands of 2 rows
 * that is 0.95 at J = 0.3 (the loosest match `sameStory` accepts), 0.9999 at J = 0.5 and
 * 0.28 at J = 0.1, so unrelated reports seldom even reach the comparison.
 */
export const BANDS = 32;
export const ROWS = 2;

/** FNV-1a over UTF-16 code units: fast and the same in every process, so keys can be shared. */
function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A token as a number for comparing stored reports: sorted arrays of these sit in one block of
 * memory, where arrays of strings send each comparison chasing pointers across the heap. Two
 * bits are dropped so V8 keeps them as small integers; 2^30 values leave collisions negligible.
 */
export function tokenId(token: string): number {
  return hashToken(token) >>> 2;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers, so each seed gives a permutation. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, index) => mix(Math.imul(index + 1, 0x9e3779b9)));

/**
 * One bucket number per band: the band's 32-bit hash less two bits, so numbers stay V8 small
 * integers and index maps key them without allocating. An empty token set has none, and so no
 * near matches. Numbers, not strings: the index and the dedup log only ever needed the hash.
 */
export function bandBuckets(tokens: readonly string[]): number[] {
  if (tokens.length === 0) return [];
  const hashes = tokens.map(hashToken);
  // Sized up front: a pushed array keeps spare room, and the index keeps this one a window long.
  const buckets = new Array<number>(BANDS);
  let band = 0;
  let key = 0;
  for (const [index, seed] of SEEDS.entries()) {
    let min = 0xffffffff;
    for (const hash of hashes) {
      const value = mix(hash ^ seed);
      if (value < min) min = value;
    }
    if (index % ROWS === 0) key = band;
    key = mix(Math.imul(key, 31) ^ min);
    if (index % ROWS === ROWS - 1) {
      buckets[band] = key >>> 2;
      band += 1;
    }
  }
  return buckets;
}
