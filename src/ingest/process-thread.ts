import { serveJobs } from "../runtime/thread-serve.ts";
import type { TaggingConfig } from "../tag/config.ts";
import { CRISIS_LEXICONS } from "../tag/lexicon/crises/lexicons.ts";
import { createTagger } from "../tag/tagger.ts";
import { packItems } from "./packed-items.ts";
import { type FetchedDocument, type ProcessedFeed, processFeed } from "./process-feed.ts";
import { type SharedTables, useSharedTables } from "./shared-tables.ts";

/** One job of a processing thread: the document, and the tagging rules in force when it was fetched. */
export interface ProcessTask {
  document: FetchedDocument;
  tagging: TaggingConfig;
}

/** What each processing thread is started with. */
export interface ThreadSetup {
  tagging: TaggingConfig;
  /** The tagger's data the pool's process built once, read by every thread in place. */
  tables: SharedTables;
}

/** What a processing thread answers: its items packed, to be unpacked a slice at a time. */
export interface PackedFeed extends Omit<ProcessedFeed, "prepared"> {
  packed: Uint8Array;
}

/**
 * A tagger for these rules with its data loaded and every crisis vocabulary compiled (about
 * 1.5 s of CPU), so that no feed's budget pays for it.
 */
function warmTagger(rules: TaggingConfig) {
  const tag = createTagger(rules);
  for (const language of [...Object.keys(CRISIS_LEXICONS), null]) {
    tag({ title: "Warm-up", summary: "", language });
  }
  return tag;
}

// The entry of each processing thread (see feed-processor.ts).
await serveJobs(async (setup) => {
  const { tagging: initial, tables } = setup as ThreadSetup;
  useSharedTables(tables);
  let rules = JSON.stringify(initial);
  let tag = warmTagger(initial);
  return async (task) => {
    const { document, tagging } = task as ProcessTask;
    // A reload changed the rules: only the vocabularies compile again, the place data stays loaded.
    if (JSON.stringify(tagging) !== rules) {
      rules = JSON.stringify(tagging);
      tag = createTagger(tagging);
    }
    const { prepared, ...rest } = await processFeed(document, tag);
    return { ...rest, packed: packItems(prepared) } satisfies PackedFeed;
  };
});
