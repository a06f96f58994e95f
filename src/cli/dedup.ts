import { parseArgs } from "node:util";
import { z } from "zod";
import { parseDuration } from "../config/duration.ts";
import { eventFeatures } from "../dedup/event-features.ts";
import { MemoryEventIndex } from "../dedup/event-memory-index.ts";
import { MemoryStoryIndex } from "../dedup/memory-index.ts";
import { type DedupCandidate, referenceTime } from "../dedup/story-index.ts";
import type { Tags } from "../model/tags.ts";
import { canonicalUrl } from "../normalise/url.ts";
import { TaggingSchema } from "../tag/config.ts";
import { createTagger } from "../tag/tagger.ts";
import { type Command, readNdjson, writeLine } from "./io.ts";

export const DEDUP_USAGE = "dedup [--window 3d] [--explain] < items.ndjson";
const USAGE = `usage: sitrep ${DEDUP_USAGE}\n`;

/** What a line must hold; other fields pass through untouched. `sitrep parse` output fits. */
const LineSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  summary: z.string().default(""),
  link: z.string().nullish(),
  published: z.string().refine((text) => !Number.isNaN(Date.parse(text)), "must be a date"),
  source: z.string().min(1),
  language: z.string().nullish(),
  guid: z.string().min(1).optional(),
  canonicalUrl: z.string().nullish(),
  // `sitrep tag` output: the event decision uses these; a line without crises is tagged here.
  countries: z.array(z.string()).optional(),
  crises: z.array(z.string()).optional(),
  evidence: z
    .array(
      z.object({
        kind: z.enum(["country", "region", "crisis", "custom"]),
        tag: z.string(),
        rule: z.string(),
        field: z.enum(["title", "summary", "content", "feed"]),
        terms: z.array(z.string()),
      }),
    )
    .optional(),
});
type Line = z.infer<typeof LineSchema>;

function toCandidate(line: Line): DedupCandidate {
  return {
    itemId: line.id,
    guid: line.guid ?? line.id,
    canonicalUrl: line.canonicalUrl ?? canonicalUrl(line.link ?? null),
    feedId: line.source,
    title: line.title,
    summary: line.summary,
    language: line.language ?? null,
    published: line.published,
  };
}

type EventTags = Pick<Tags, "countries" | "crises" | "evidence">;

function tagsOf(line: Line, tag: ReturnType<typeof createTagger>): EventTags {
  if (line.crises === undefined)
    return tag({ title: line.title, summary: line.summary, language: line.language });
  return {
    countries: line.countries ?? [],
    crises: line.crises,
    evidence: line.evidence ?? [],
  };
}

/** The line as parsed for dedup, and as given, to print back unchanged. */
function check(line: number, value: unknown): { line: Line; value: object } | { error: string } {
  const parsed = LineSchema.safeParse(value);
  if (parsed.success) return { line: parsed.data, value: value as object };
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "item"}: ${issue.message}`);
  return { error: `line ${line}: ${issues.join("; ")}` };
}

/**
 * `sitrep dedup`: reads items in time order and prints each with the ids of the story and the
 * event it joined, using the decisions of the service's indexes without Redis. A bad line is reported
 * on stderr and the rest go on; the exit code is then 1.
 */
export const dedupCommand: Command = async (args, io) => {
  let options: { window: string; explain: boolean };
  try {
    options = parseArgs({
      args,
      options: { window: { type: "string", default: "3d" }, explain: { type: "boolean", default: false } },
    }).values as { window: string; explain: boolean };
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const windowMs = parseDuration(options.window);
  if (windowMs === null || windowMs <= 0) {
    io.stderr.write(`--window must be a duration such as "3d" or "36h", got "${options.window}"\n${USAGE}`);
    return 2;
  }

  const index = new MemoryStoryIndex({ windowMs });
  const events = new MemoryEventIndex({ windowMs });
  const tag = createTagger(TaggingSchema.parse({}));
  let clock = Number.NEGATIVE_INFINITY;
  let failures = 0;
  for await (const entry of readNdjson(io.stdin)) {
    const parsed = "error" in entry ? { error: entry.error } : check(entry.line, entry.value);
    if ("error" in parsed) {
      failures += 1;
      writeLine(io.stderr, { line: entry.line, error: parsed.error });
      continue;
    }
    // Replays run on the items' own clock, which only moves forward.
    clock = Math.max(clock, Date.parse(parsed.line.published));
    const { line } = parsed;
    const now = new Date(clock);
    const assignment = await index.assign(toCandidate(line), now);
    const event = events.assign(
      eventFeatures({
        storyId: assignment.storyId,
        title: line.title,
        summary: line.summary,
        language: line.language ?? null,
        at: referenceTime(line.published, now),
        tags: tagsOf(line, tag),
      }),
      now,
    );
    writeLine(io.stdout, {
      ...parsed.value,
      story: assignment.storyId,
      event: event.eventId,
      ...(options.explain ? { dedup: assignment.reason, eventReason: event.reason } : {}),
    });
  }
  return failures > 0 ? 1 : 0;
};
