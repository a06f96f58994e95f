/** Timing helpers: candidates are interleaved round by round so machine noise hits them alike. */

export interface Candidate {
  name: string;
  run: () => unknown;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function once(candidate: Candidate): Promise<number> {
  const started = process.hrtime.bigint();
  await candidate.run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Median milliseconds per run of each candidate, over rounds that run every candidate in
 * turn until `budgetMs` is spent (at least three rounds), after one warm-up run each.
 */
export async function compare(candidates: Candidate[], budgetMs: number): Promise<Map<string, number>> {
  const times = new Map(candidates.map((candidate) => [candidate.name, [] as number[]]));
  for (const candidate of candidates) await once(candidate);
  const started = Date.now();
  for (let round = 0; round < 3 || Date.now() - started < budgetMs; round++) {
    for (const candidate of candidates) times.get(candidate.name)?.push(await once(candidate));
  }
  return new Map([...times].map(([name, runs]) => [name, median(runs)]));
}
