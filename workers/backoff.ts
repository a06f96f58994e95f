const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * How long a failing feed rests before its next scheduled poll: doubling with each
 * consecutive failure, capped at six hours, with up to a quarter of jitter so feeds that
 * failed together (one host down) do not come back in lockstep.
 */
export function failureBackoffMs(failures: number, intervalMs: number, random = Math.random): number {
  if (failures <= 0) return 0;
  const base = Math.min(intervalMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 - 0.25 * random()));
}

/** A permanent failure (404, 410, a blocked address) is tried again once a day, in case it was fixed. */
export const PERMANENT_FAILURE_RETRY_MS = 86_400_000;

/**
 * Consecutive failures after a failed attempt. A scheduled tick counts once, on its first
 * attempt: BullMQ's retries of that tick are the same failure, and counting them would
 * double the rest with every retry. A retry that fails still counts the tick it belongs to.
 */
export function failuresAfter(previous: number, isRetry: boolean): number {
  return isRetry ? Math.max(previous, 1) : previous + 1;
}
