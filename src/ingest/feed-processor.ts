import { availableParallelism } from "node:os";
import type { ProcessingConfig } from "../config/feeds.ts";
import { FeedParseError } from "../parse/feed-parse-error.ts";
import { ThreadJobError, ThreadLimitError, ThreadPool } from "../runtime/thread-pool.ts";
import type { TaggingConfig } from "../tag/config.ts";
import { placeTable } from "../tag/gazetteer.ts";
import { unpackItems } from "./packed-items.ts";
import type { PreparedItem } from "./prepare.ts";
import type { FetchedDocument, ProcessedFeed } from "./process-feed.ts";
import type { PackedFeed, ProcessTask, ThreadSetup } from "./process-thread.ts";

/** A document whose processing needed more CPU time or memory than the config allows it. */
export class ProcessingLimitError extends Error {
  override name = "ProcessingLimitError";
}

/** The pool's size when the config sets none: the cores less one for the event loop, 2 to 4. */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.min(4, Math.max(2, cores - 1));
}

/**
 * The poller's processing threads: each document is parsed, sanitised and tagged on one of them,
 * never on the event loop that fetches, stores and (in `npm start`) serves the API, and within
 * `processing.budget` of CPU time and `processing.memory` of heap.
 */
export class ProcessingThreads {
  private readonly pool: ThreadPool;

  constructor(
    readonly settings: ProcessingConfig,
    tagging: TaggingConfig,
  ) {
    this.pool = new ThreadPool({
      entry: new URL("./process-thread.ts", import.meta.url),
      // Built here once (about 2 s) and shared: each thread building its own cost 22–38 MB of RSS.
      setup: { tagging, places: placeTable() } satisfies ThreadSetup,
      threads: settings.threads ?? defaultThreads(),
      memoryMb: settings.memory,
    });
  }

  /** Milliseconds until every thread had loaded and warmed up. */
  get ready(): Promise<number> {
    return this.pool.ready;
  }

  async process(document: FetchedDocument, tagging: TaggingConfig, budgetMs: number): Promise<ProcessedFeed> {
    const task: ProcessTask = { document, tagging };
    let answer: PackedFeed;
    try {
      answer = (await this.pool.run(task, budgetMs)) as PackedFeed;
    } catch (error) {
      throw explain(error);
    }
    const { packed, ...rest } = answer;
    return { ...rest, prepared: await unpackItems<PreparedItem>(packed) };
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  abandon(): Promise<void> {
    return this.pool.abandon();
  }
}

function explain(error: unknown): unknown {
  if (error instanceof ThreadLimitError) {
    const setting = error.limit === "cpu" ? "processing.budget" : "processing.memory";
    return new ProcessingLimitError(`processing the document ${error.message} (${setting})`, {
      cause: error,
    });
  }
  // "Not a feed" keeps its meaning across the thread: no retries.
  if (error instanceof ThreadJobError && error.name === "FeedParseError") {
    return new FeedParseError(error.message);
  }
  return error;
}
