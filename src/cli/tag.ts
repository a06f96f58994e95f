import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../setup/load-config.ts";
import { type TaggingConfig, TaggingSchema } from "../tag/config.ts";
import { createTagger } from "../tag/tagger.ts";
import { type Command, readNdjson, writeLine } from "./io.ts";

const USAGE = "usage: sitrep tag [--explain] [--config feeds.config.ts] < items.ndjson\n";

/** What a line must hold; other fields pass through untouched. `sitrep parse` output fits (contentHtml). */
const LineSchema = z.looseObject({
  title: z.string(),
  summary: z.string().default(""),
  content: z.string().optional(),
  contentHtml: z.string().optional(),
  language: z.string().nullish(),
  feed: z
    .object({
      countries: z.array(z.string()).optional(),
      regions: z.array(z.string()).optional(),
      tags: z.array(z.string()).optional(),
    })
    .optional(),
});

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ");

async function taggingRules(path: string | undefined): Promise<TaggingConfig> {
  return path ? (await loadConfig(path)).tagging : TaggingSchema.parse({});
}

/**
 * `sitrep tag`: adds language, countries, regions, crises and custom tags to each NDJSON item,
 * and with --explain the evidence for each. A bad line is reported on stderr as
 * {"line":N,"error":"..."} and the rest go on; the exit code is then 1.
 */
export const tagCommand: Command = async (args, io) => {
  let options: { explain: boolean; config?: string };
  let tagging: TaggingConfig;
  try {
    options = parseArgs({
      args,
      options: { explain: { type: "boolean", default: false }, config: { type: "string" } },
    }).values as typeof options;
    tagging = await taggingRules(options.config);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const tag = createTagger(tagging);
  let failures = 0;
  const fail = (line: number, error: string) => {
    failures += 1;
    writeLine(io.stderr, { line, error });
  };
  for await (const entry of readNdjson(io.stdin)) {
    if ("error" in entry) {
      fail(entry.line, entry.error);
      continue;
    }
    const parsed = LineSchema.safeParse(entry.value);
    if (!parsed.success) {
      fail(entry.line, `line ${entry.line}: ${describe(parsed.error)}`);
      continue;
    }
    const item = parsed.data;
    const { evidence, ...tags } = tag({
      ...item,
      content: item.content ?? item.contentHtml,
      feed: item.feed,
    });
    writeLine(io.stdout, { ...(entry.value as object), ...tags, ...(options.explain ? { evidence } : {}) });
  }
  return failures > 0 ? 1 : 0;
};
