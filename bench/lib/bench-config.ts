import type { ConfigInput } from "../../src/setup/config-schema.ts";

/**
 * A config of `feeds` feeds on a local fixture server, one path each, as a worker reads it
 * from JSON. The generous per-host limit stands in for what real configs have: thousands of
 * feeds spread over thousands of hosts, where the per-host limit never binds.
 */
export function benchConfig(feeds: number, baseUrl: string, interval = "1m"): ConfigInput {
  return {
    defaultInterval: interval,
    allowPrivateHosts: ["127.0.0.1"],
    fetch: { perHostConcurrency: 10_000 },
    feeds: Array.from({ length: feeds }, (_, index) => ({ id: `f${index}`, url: `${baseUrl}/f/${index}` })),
  };
}
