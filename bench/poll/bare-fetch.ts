import { DEFAULT_USER_AGENT, fetchFeed, type Validators } from "../../src/fetch/fetcher.ts";

/**
 * The reference for a poll cycle: the same feeds downloaded by the same fetcher at the
 * same concurrency, and nothing else done with them; with `validators`, conditionally (the
 * reference for a 304 poll). Returns feeds/s and CPU ms per feed.
 */
export async function bareFetch(urls: string[], concurrency: number, validators: Validators | null = null) {
  const limits = {
    timeoutMs: 30_000,
    connectTimeoutMs: 10_000,
    maxBytes: 15 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: DEFAULT_USER_AGENT,
    allowPrivateHosts: ["127.0.0.1"],
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < urls.length; index = next++) {
      await fetchFeed(urls[index] as string, validators, limits);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    feedsPerSecond: urls.length / seconds,
    cpuMsPerFeed: (used.user + used.system) / 1000 / urls.length,
  };
}
