interface HostSlots {
  active: number;
  waiting: Array<() => void>;
}

/**
 * A keyed semaphore: at most `perHost` tasks run at once for any one host, the rest wait in arrival order.
 * A host's entry exists only while something runs or waits for it, so a long-lived worker polling
 * thousands of hosts does not accumulate state.
 */
export class HostLimiter {
  readonly #perHost: number;
  readonly #hosts = new Map<string, HostSlots>();

  constructor(perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) {
      throw new RangeError(`perHost must be a whole number of at least 1, got ${perHost}`);
    }
    this.#perHost = perHost;
  }

  /** Hosts with tasks running or queued; for metrics. */
  get busyHosts(): number {
    return this.#hosts.size;
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    const slots = this.#hosts.get(key) ?? { active: 0, waiting: [] };
    this.#hosts.set(key, slots);
    if (slots.active < this.#perHost) slots.active += 1;
    else await new Promise<void>((resolve) => slots.waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.#release(key, slots);
    }
  }

  #release(key: string, slots: HostSlots): void {
    // Hand the slot straight to the next waiter so a newcomer cannot jump the queue.
    const next = slots.waiting.shift();
    if (next) {
      next();
      return;
    }
    slots.active -= 1;
    if (slots.active === 0) this.#hosts.delete(key);
  }
}
