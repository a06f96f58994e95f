import type { Redis } from "ioredis";
import { dedupKeys } from "../store/keys.ts";
import { luaScript, luaSource } from "../store/script.ts";
import type { EventAssignment } from "./event-decision.ts";
import { type EventInput, eventFeatures } from "./event-features.ts";
import { type FiledEvent, MemoryEventIndex } from "./event-memory-index.ts";
import { type FiledReport, MemoryStoryIndex } from "./memory-index.ts";
import { encodeEvents, encodeReports, eventTouchText, readLog, touchText } from "./report-log.ts";
import {
  type Assignment,
  checkWindow,
  type DedupCandidate,
  referenceTime,
  type StoryIndex,
} from "./story-index.ts";

const logOnly = luaScript(
  luaSource(new URL("./append-log.lua", import.meta.url), new URL("./commit-log.lua", import.meta.url)),
);

/**
 * A refusal means a writer filed something this batch read, so every round settles at least
 * one writer. This many refusals in a row is a pile-up in buckets of common words, and the
 * batch is then committed unchecked rather than held back or lost.
 */
const CHECKED_ROUNDS = 16;

/** What a batch appends to the dedup log: appendToLog's arguments (append-log.lua). */
export interface LogAppend {
  log: string;
  /** The log entry the batch was decided after. */
  after: string;
  keepMs: number;
  filedAt: number;
  reports: string;
  touches: string;
  events: string;
}

/** A report to decide; given its tags, its story is filed under an event as well. */
export interface BatchReport {
  candidate: DedupCandidate;
  tags?: EventInput["tags"];
}

/** A batch's decisions, in the order of its reports: stories, and events (null: no tags given). */
export interface Decisions {
  assignments: Assignment[];
  events: (EventAssignment | null)[];
}

/** A batch's decisions and what logs them. */
export interface DecidedBatch extends Decisions {
  append: LogAppend;
}

/** What became of a commit: written, refused for reports filed meanwhile, or the log was lost (append-log.lua). */
export type CommitOutcome = "committed" | "refused" | "lost";

/** Writes a decided batch. */
export type BatchCommit = (batch: DecidedBatch, forced: boolean) => Promise<CommitOutcome>;

/** A reply of appendToLog (append-log.lua): an entry id when it appended the batch. */
export const commitOutcome = (reply: unknown): CommitOutcome =>
  reply === "refused" || reply === "lost" ? reply : "committed";

/** appendToLog's arguments, in its order. */
export function appendArgs(append: LogAppend, forced: boolean): (string | number)[] {
  return [
    append.after,
    forced ? "1" : "0",
    append.keepMs,
    append.filedAt,
    append.reports,
    append.touches,
    append.events,
  ];
}

/**
 * The index every worker shares: each keeps the recent stories and events in memory (a
 * MemoryStoryIndex and a MemoryEventIndex) and follows the dedup log, a Redis stream of every
 * worker's filed reports and events, its own included. A batch (a feed's new items) is decided
 * in memory, stories then their events, with no reads but the log's tip, and committed with the
 * writes it belongs to in one script that appends it to the log unless reports or events filed
 * meanwhile touched it; then the log is read again and the batch decided again. So workers
 * racing on one story still create it once, and on one event start it once. Before its first
 * decision a worker reads the whole log, which holds twice the window: every story still open.
 */
export class SharedStoryIndex implements StoryIndex {
  readonly #redis: Redis;
  readonly #log: string;
  readonly #windowMs: number;
  #memory: MemoryStoryIndex;
  #events: MemoryEventIndex;
  /** The last log entry filed in #memory. */
  #position = "0-0";
  #reading: Promise<void> = Promise.resolve();
  /** Counted, so tests and benchmarks can see that contention stays rare. */
  readonly stats = { assignments: 0, refused: 0, forced: 0, restarts: 0 };

  constructor(redis: Redis, opts: { prefix: string; windowMs: number }) {
    this.#redis = redis;
    this.#log = dedupKeys(opts.prefix).log;
    this.#windowMs = checkWindow(opts.windowMs);
    this.#memory = new MemoryStoryIndex({ windowMs: this.#windowMs });
    this.#events = new MemoryEventIndex({ windowMs: this.#windowMs });
  }

  /** Files what the log holds beyond what this worker has read; reads run one at a time. */
  catchUp(): Promise<void> {
    const read = this.#reading.then(async () => {
      let entries = await readLog(this.#redis, this.#log, this.#position);
      if (entries === null) {
        this.#forget();
        entries = (await readLog(this.#redis, this.#log, this.#position)) ?? [];
      }
      for (const entry of entries) {
        for (const report of entry.reports) this.#memory.file(report, entry.filedAt);
        for (const event of entry.events) this.#events.file(event, entry.filedAt);
        this.#position = entry.id;
      }
    });
    this.#reading = read.catch(() => undefined);
    return read;
  }

  /** Redis lost the log, and with it, as a rule, the stories this copy remembers: start over. */
  #forget(): void {
    this.#memory = new MemoryStoryIndex({ windowMs: this.#windowMs });
    this.#events = new MemoryEventIndex({ windowMs: this.#windowMs });
    this.#position = "0-0";
    this.stats.restarts += 1;
  }

  /** Decides the reports as one batch and has `commit` write it, deciding again while refused. */
  async settle(reports: BatchReport[], now: Date, commit: BatchCommit): Promise<Decisions> {
    this.stats.assignments += reports.length;
    for (let round = 1; ; round++) {
      await this.catchUp();
      const forced = round > CHECKED_ROUNDS;
      const batch = this.#decide(reports, now);
      if (forced) this.stats.forced += 1;
      const outcome = await commit(batch, forced);
      if (outcome === "committed") return { assignments: batch.assignments, events: batch.events };
      if (outcome === "lost") {
        this.#forget();
        continue;
      }
      if (forced) throw new Error("dedup: the log refused a forced commit");
      this.stats.refused += 1;
    }
  }

  /** A batch committed to the log alone: for tests and tools that store nothing else. */
  settleToLog(reports: BatchReport[], now: Date): Promise<Decisions> {
    return this.settle(reports, now, async (batch, forced) => {
      return commitOutcome(await logOnly(this.#redis, [this.#log], appendArgs(batch.append, forced)));
    });
  }

  async assign(candidate: DedupCandidate, now: Date): Promise<Assignment> {
    const { assignments } = await this.settleToLog([{ candidate }], now);
    return assignments[0] as Assignment;
  }

  /** Synchronous, so the position read is the one the decisions were made from. */
  #decide(batch: BatchReport[], now: Date): DecidedBatch {
    const after = this.#position;
    // The batch's own reports and events, so that its later items see its earlier ones.
    const pending = new MemoryStoryIndex({ windowMs: this.#windowMs });
    const pendingEvents = new MemoryEventIndex({ windowMs: this.#windowMs });
    const reports: FiledReport[] = [];
    const filedEvents: FiledEvent[] = [];
    const assignments = batch.map(({ candidate }) => {
      const { assignment, report } = this.#memory.decide(candidate, now, pending);
      pending.file(report, now.getTime());
      reports.push(report);
      return assignment;
    });
    const events = batch.map(({ candidate, tags }, position) => {
      if (tags === undefined) return null;
      const { storyId } = assignments[position] as Assignment;
      const { title, summary, language, published } = candidate;
      const at = referenceTime(published, now);
      const story = () => eventFeatures({ storyId, title, summary, language, at, tags });
      const { assignment, filed } = this.#events.decide(storyId, story, now, pendingEvents);
      if (filed !== null) {
        pendingEvents.file(filed, now.getTime());
        filedEvents.push(filed);
      }
      return assignment;
    });
    const touches = [touchText(reports), eventTouchText(filedEvents)].filter((text) => text !== "");
    return {
      assignments,
      events,
      append: {
        log: this.#log,
        after,
        keepMs: 2 * this.#windowMs,
        filedAt: now.getTime(),
        reports: encodeReports(reports),
        touches: touches.join(" "),
        events: encodeEvents(filedEvents),
      },
    };
  }
}
