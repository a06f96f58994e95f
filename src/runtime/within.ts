/**
 * Settles with what `work` returns, or with `fallback` when it fails or has not settled after
 * `ms`: for probes and shutdown steps that must not wait on a peer that may never answer.
 * The signal aborts when time is up, so `work` can drop whatever it was waiting on.
 */
export async function within<T>(
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  fallback: T,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const late = new Promise<T>((resolve) => {
    controller.signal.addEventListener("abort", () => resolve(fallback), { once: true });
  });
  try {
    const done = Promise.resolve(controller.signal)
      .then(work)
      .catch(() => fallback);
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
