import { pino } from "pino";
import { createApp } from "../../src/api/app.ts";
import type { ApiDeps } from "../../src/api/deps.ts";
import type { Config } from "../../src/config/schema.ts";

/**
 * The real API over a test's own Redis prefix and config, with the deps tests rarely vary
 * filled in: a silent log, a fixed public URL and a queue that counts as reachable.
 */
export function appFor(
  deps: Pick<ApiDeps, "redis" | "keys" | "now"> & { config: Config | (() => Config) } & Omit<
      Partial<ApiDeps>,
      "config"
    >,
): ReturnType<typeof createApp> {
  const { config } = deps;
  return createApp({
    log: pino({ level: "silent" }),
    publicUrl: "https://sitrep.example",
    queueReady: async () => true,
    ...deps,
    config: typeof config === "function" ? config : () => config,
  });
}
