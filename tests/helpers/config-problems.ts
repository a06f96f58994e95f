import { expect } from "vitest";
import { ConfigError, validateConfig } from "../../src/setup/load-config.ts";

/** The message a config is refused with; a config that is accepted fails the test. */
export function configProblems(raw: unknown): string {
  try {
    validateConfig(raw, "test");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("config was accepted");
}
