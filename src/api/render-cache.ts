export interface CacheLimits<V> {
  /** Budget for the values' total size, as sizeOf counts it. */
  maxBytes: number;
  maxEntries: number;
  /** Relative windows ("since=24h") drift with the clock, so entries also age out. */
  maxAgeMs: number;
  sizeOf: (value: V) => number;
}

interface Entry<V> {
  /** What the value was made from (the store version): another generation is a miss. */
  generation: string;
  value: Promise<V>;
  at: number;
  /**
   * The value once made, or until then the key's last value made, kept so `lastGood` has
   * something to serve when the new one cannot be made.
   */
  settled: { value: V; bytes: number } | undefined;
}

/**
 * Finished renderings (and the page's facts), one per key, valid for one generation (the
 * store version, which new stories bump) and for maxAge; least recently used keys are
 * evicted first.
 * Concurrent requests for the same key share one rendering, so a burst after a new story
 * costs one store query, not one per connection. A rendering that fails is not kept, but
 * the key's previous value stays as its last good one.
 */
export class RenderCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #bytes = 0;

  constructor(private readonly limits: CacheLimits<V>) {}

  /** Whether `get` would answer without calling `create`: a fresh value, or one being made. */
  has(key: string, generation: string, now: number): boolean {
    return this.#fresh(this.#entries.get(key), generation, now);
  }

  get(key: string, generation: string, now: number, create: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key);
    // Deleting first and setting again moves the key to the young end of the Map's order.
    this.#entries.delete(key);
    if (hit && this.#fresh(hit, generation, now)) {
      this.#entries.set(key, hit);
      return hit.value;
    }
    const entry: Entry<V> = { generation, value: create(), at: now, settled: hit?.settled };
    this.#entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.#entries.get(key) !== entry) return;
        const bytes = this.limits.sizeOf(value);
        this.#bytes += bytes - (entry.settled?.bytes ?? 0);
        entry.settled = { value, bytes };
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) !== entry) return;
        // The old entry is back but out of date (or of another generation), so the next get tries again.
        if (hit?.settled) this.#entries.set(key, hit);
        else this.#entries.delete(key);
      },
    );
    this.#evict();
    return entry.value;
  }

  /** The newest value made for `key`, however old or of whatever generation: for when no new one can be made. */
  lastGood(key: string): V | undefined {
    return this.#entries.get(key)?.settled?.value;
  }

  #fresh(entry: Entry<V> | undefined, generation: string, now: number): boolean {
    return entry !== undefined && entry.generation === generation && now - entry.at <= this.limits.maxAgeMs;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      const over = this.#bytes > this.limits.maxBytes || this.#entries.size > this.limits.maxEntries;
      // The youngest entry always stays, however large: it is being served right now.
      if (!over || this.#entries.size === 1) return;
      this.#entries.delete(key);
      this.#bytes -= entry.settled?.bytes ?? 0;
    }
  }
}
