import { z } from "zod";
import { hashTag, isClusterUrl, parseClusterUrl, REDIS_URL_SCHEMES, RedisUrlError } from "./store/cluster.ts";

/** The only reader of process.env: everything else gets these values passed in. */
const EnvSchema = z
  .object({
    SITREP_CONFIG: z.string().min(1).default("./feeds.config.ts"),
    /** Unset means "use 127.0.0.1:6379, or start an embedded redis-server when nothing answers there". */
    REDIS_URL: z
      .string()
      .regex(REDIS_URL_SCHEMES, "must start with redis://, rediss://, redis+cluster:// or rediss+cluster://")
      .superRefine((url, context) => {
        try {
          parseClusterUrl(url);
        } catch (error) {
          if (!(error instanceof RedisUrlError)) throw error;
          context.addIssue({ code: "custom", message: error.message });
        }
      })
      .optional(),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    HOST: z.string().min(1).default("0.0.0.0"),
    SITREP_PREFIX: z
      .string()
      .regex(/^[\w{}.-]{1,64}$/, "letters, digits, '_', '-', '.', '{' or '}', at most 64")
      .default("sitrep"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** "auto" writes readable lines to a terminal and JSON anywhere else (a file, a pipe, a log collector). */
    LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),
    /** Enables the admin routes; they are off when unset. */
    ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** Set by npm when it runs a script (`npm start`): sitrep then stops when npm is gone. */
    npm_lifecycle_event: z.string().optional(),
    /** The public base URL for self links, when sitrep runs behind a proxy. */
    PUBLIC_URL: z.url().optional(),
    /** Without PUBLIC_URL: the host names (host or host:port, comma-separated) self links may be built on. */
    PUBLIC_HOSTS: z
      .string()
      .default("")
      .transform((list) =>
        list
          .split(",")
          .map((host) => host.trim().toLowerCase())
          .filter((host) => host !== ""),
      ),
    /**
     * How many proxies in front of the API append to X-Forwarded-For; only their entries name the
     * client the search limit counts. 0 (unset): the header is ignored, the socket's address counts.
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine(({ REDIS_URL, SITREP_PREFIX }, context) => {
    // BullMQ's scripts and sitrep's own (story save, dedup commit) touch many keys at once, which
    // a cluster runs only when they share a slot: a hash tag in the prefix puts every key in one.
    if (REDIS_URL && isClusterUrl(REDIS_URL) && hashTag(SITREP_PREFIX) === null) {
      const example = /[{}]/.test(SITREP_PREFIX) ? "{sitrep}" : `{${SITREP_PREFIX}}`;
      context.addIssue({
        code: "custom",
        path: ["SITREP_PREFIX"],
        message: `"${SITREP_PREFIX}" has no hash tag, and on Redis Cluster (a ${REDIS_URL.split(":")[0]}:// REDIS_URL) every key must land in one slot: put the prefix in braces, such as ${example}`,
      });
    }
  });

export type Env = z.output<typeof EnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
