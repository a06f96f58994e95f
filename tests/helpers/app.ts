import { pino } from "pino";
import { createApp } from "../../src/api/app.ts";
import type { ApiDeps } from "../../src/api/deps.ts";
import type { Config } from "../../src/setup/config-schema.ts";

type TestDeps = Pick<ApiDeps, "redis" | "keys" | "now"> & { config: Config | (() => Config) } & Omit<
    Partial<ApiDeps>,
    "config"
  >;

/**
 * The API's deps over a test's own Redis prefix and config, with what tests rarely vary filled
 * in: a silent log, a fixed public URL (`null` keeps it unset), a queue that counts as reachable.
 */
export function testDeps({ config, publicUrl, ...deps }: TestDeps): ApiDeps {
  return {
    log: pino({ level: "silent" }),
    queueReady: async () => true,
    ...deps,
    publicUrl: publicUrl === undefined ? "https://sitrep.example" : publicUrl,
    config: typeof config === "function" ? config : () => config,
  };
}

/** The real API over those deps. */
export function appFor(deps: TestDeps): ReturnType<typeof createApp> {
  return createApp(testDeps(deps));
}
