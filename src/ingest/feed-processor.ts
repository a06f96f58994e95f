import { availableParallelism } from "node:os";
import type { ProcessingConfig } from "../config/feeds.ts";
import { FeedParseError } from "../parse/feed-parse-error.ts";
import { runOneOff } from "../runtime/one-off-thread.ts";
import { ThreadJobError, ThreadLimitError, ThreadPool } from "../runtime/thread-pool.ts";
import type { TaggingConfig } from "../tag/config.ts";
import { unpackItems } from "./packed-items.ts";
import type { PreparedItem } from "./prepare.ts";
import type { FetchedDocument, ProcessedFeed } from "./process-feed.ts";
import type { PackedFeed, ProcessTask, ThreadSetup } from "./process-thread.ts";
import { type SharedTables, useSharedTables } from "./shared-tables.ts";

/** A document whose processing needed more CPU time or memory than the config allows it. */
export class ProcessingLimitError extends Error {
  override name = "ProcessingLimitError";
}

/** The pool's size when the config sets none: the cores less one for the event loop, 2 to 4. */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.min(4, Math.max(2, cores - 1));
}

let tables: Promise<SharedTables> | undefined;

/**
 * The gazetteer, the language model and the English word list, built once per process (about
 * 7 s of CPU, which each thread used to spend on its own copies) and shared by every processing
 * thread and this one. They are built in a one-off thread, so the garbage of reading the
 * packages' files goes with that thread's heap: the gazetteer alone, built here, left 48 MB of
 * RSS behind, 17 MB that way.
 */
function sharedTables(): Promise<SharedTables> {
  tables ??= runOneOff<SharedTables>(new URL("./shared-tables-thread.ts", import.meta.url)).then((built) => {
    useSharedTables(built);
    return built;
  });
  return tables;
}

/**
 * The poller's processing threads: each document is parsed, sanitised and tagged on one of them,
 * never on the event loop that fetches, stores and (in `npm start`) serves the API, and within
 * `processing.budget` of CPU time and `processing.memory` of heap.
 */
export class ProcessingThreads {
  private readonly pool: Promise<ThreadPool>;
  /** Milliseconds until every thread had loaded and warmed up; never, when they cannot start. */
  readonly ready: Promise<number>;

  constructor(
    readonly settings: ProcessingConfig,
    tagging: TaggingConfig,
  ) {
    const started = performance.now();
    this.pool = sharedTables().then(
      (tables) =>
        new ThreadPool({
          entry: new URL("./process-thread.ts", import.meta.url),
          setup: { tagging, tables } satisfies ThreadSetup,
          threads: settings.threads ?? defaultThreads(),
          memoryMb: settings.memory,
        }),
      (error: Error) => {
        throw new Error(`the processing threads cannot start: ${error.message}`, { cause: error });
      },
    );
    // As with a pool whose threads cannot start, each document fails with the reason.
    this.pool.catch(() => {});
    this.ready = this.pool.then(
      async (pool) => {
        await pool.ready;
        return performance.now() - started;
      },
      () => new Promise<number>(() => {}),
    );
  }

  async process(document: FetchedDocument, tagging: TaggingConfig, budgetMs: number): Promise<ProcessedFeed> {
    const task: ProcessTask = { document, tagging };
    let answer: PackedFeed;
    try {
      answer = (await (await this.pool).run(task, budgetMs)) as PackedFeed;
    } catch (error) {
      throw explain(error);
    }
    const { packed, ...rest } = answer;
    return { ...rest, prepared: await unpackItems<PreparedItem>(packed) };
  }

  async close(): Promise<void> {
    await (await this.pool.catch(() => null))?.close();
  }

  async abandon(): Promise<void> {
    await (await this.pool.catch(() => null))?.abandon();
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
