export interface CacheLimits<V> {
  /** Budget for the values' total size, as sizeOf counts it. */
  maxBytes: number;
  maxEntries: number;
  /** Relative windows ("since=24h") drift with the clock, so entries also age out. */
  maxAgeMs: number;
  sizeOf: (value: V) => number;
}

interface Entry<V> {
  value: Promise<V>;
  at: number;
  bytes: number;
}

/**
 * Finished renderings (and the page's facts), keyed by the store version and what else they
 * depend on. New stories bump the version, so stale entries are never served, just evicted
 * (least recently used first).
 * Concurrent requests for the same key share one rendering, so a burst after a new story
 * costs one store query, not one per connection. A rendering that fails is not kept.
 */
export class RenderCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #bytes = 0;

  constructor(private readonly limits: CacheLimits<V>) {}

  get(key: string, now: number, create: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key);
    if (hit && now - hit.at <= this.limits.maxAgeMs) {
      // Re-inserting moves the entry to the young end of the Map's order.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    if (hit) this.#remove(key, hit);
    const entry: Entry<V> = { value: create(), at: now, bytes: 0 };
    this.#entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = this.limits.sizeOf(value);
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#remove(key, entry);
      },
    );
    this.#evict();
    return entry.value;
  }

  #remove(key: string, entry: Entry<V>): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      const over = this.#bytes > this.limits.maxBytes || this.#entries.size > this.limits.maxEntries;
      // The youngest entry always stays, however large: it is being served right now.
      if (!over || this.#entries.size === 1) return;
      this.#remove(key, entry);
    }
  }
}
