const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;

/**
 * Parses durations such as "90s", "5m", "1h30m" or "30d" to milliseconds.
 * Returns null for anything else so callers can word their own error.
 */
export function parseDuration(text: string): number | null {
  const input = text.trim();
  if (input === "") return null;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (const match of input.matchAll(PART)) {
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    consumed += match[0].length;
  }
  return consumed === input.length ? total : null;
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
