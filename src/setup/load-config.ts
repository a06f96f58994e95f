import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { z } from "zod";
import { type Config, ConfigSchema } from "./config-schema.ts";

/** A config that failed validation; the message lists every problem as "field.path: what is wrong". */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Turns zod issues into "feeds[3].url: must be an http(s) URL" lines. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path
      .map((part, index) =>
        typeof part === "number" ? `[${part}]` : `${index > 0 ? "." : ""}${String(part)}`,
      )
      .join("");
    return `${path || "(config)"}: ${issue.message}`;
  });
}

export function validateConfig(raw: unknown, origin: string): Config {
  const result = ConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(`invalid config ${origin}:\n  ${formatIssues(result.error.issues).join("\n  ")}`);
}

/**
 * A config outside an ESM package is compiled to CommonJS, and its default export then
 * arrives one level down, on the module.exports object that esbuild marks as __esModule.
 */
function unwrapCommonJs(value: unknown): unknown {
  return value !== null && typeof value === "object" && "__esModule" in value
    ? (value as { default?: unknown }).default
    : value;
}

/** Loads a .ts/.mts/.js config (its default export) or a .json one, then validates it. */
export async function loadConfig(path: string): Promise<Config> {
  const absolute = resolve(path);
  let raw: unknown;
  try {
    if (extname(absolute) === ".json") {
      raw = JSON.parse(await readFile(absolute, "utf8"));
    } else {
      const module = (await tsImport(pathToFileURL(absolute).href, import.meta.url)) as { default?: unknown };
      raw = unwrapCommonJs(module.default);
    }
  } catch (error) {
    throw new ConfigError(`cannot read config ${absolute}: ${(error as Error).message}`);
  }
  if (raw === undefined) throw new ConfigError(`config ${absolute} has no default export`);
  return validateConfig(raw, absolute);
}
