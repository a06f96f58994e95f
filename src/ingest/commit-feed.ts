import type { Redis } from "ioredis";
import { appendArgs, type CommitOutcome, commitOutcome, type LogAppend } from "../dedup/shared-index.ts";
import { eventKeys } from "../store/events.ts";
import type { StoreKeys } from "../store/keys.ts";
import { luaScript, luaSource } from "../store/script.ts";
import { INGEST_COUNTERS, indexEntries, type StoryReport } from "../store/stories.ts";

const script = luaScript(
  luaSource(
    new URL("../dedup/append-log.lua", import.meta.url),
    new URL("../store/save-report.lua", import.meta.url),
    new URL("../store/save-event.lua", import.meta.url),
    new URL("./commit-feed.lua", import.meta.url),
  ),
);

/** Everything one poll of a feed writes, committed at once (commit-feed.lua). */
export interface FeedCommit {
  /** The dedup decisions of the feed's new items; null when it has none. */
  append: LogAppend | null;
  forced: boolean;
  reports: StoryReport[];
  /** The seen-set's new entries, item id and hash after item id and hash; null to leave it. */
  seen: { feedId: string; entries: string[] } | null;
  now: Date;
  retentionMs: number;
}

/** Per report, whether its story or event changed; or why nothing was written (see append-log.lua). */
export async function commitFeed(
  redis: Redis,
  keys: StoreKeys,
  commit: FeedCommit,
): Promise<{ outcome: CommitOutcome; changed: boolean[] }> {
  const { append, reports, seen, now, retentionMs } = commit;
  const reportKeys: string[] = [];
  const reportArgs: (string | number)[] = [];
  for (const report of reports) {
    const { storyId, item } = report;
    const indexKeys = indexEntries(report).map(([kind, value]) => keys.index(kind, value));
    reportKeys.push(
      keys.story(storyId),
      keys.storySources(storyId),
      keys.itemStory(item.id),
      ...eventKeys(keys, report.eventId),
      ...indexKeys,
    );
    reportArgs.push(
      indexKeys.length,
      storyId,
      item.id,
      JSON.stringify(item),
      JSON.stringify(report.source),
      Date.parse(item.published),
      JSON.stringify(report.tags),
      report.isNew ? "1" : "0",
      report.ownSite ? "1" : "0",
      report.eventId ?? "",
      item.title,
      item.feedId,
    );
  }
  const seenEntries = seen?.entries ?? [];
  const reply = (await script(
    redis,
    [
      append?.log ?? keys.temp("no-log"),
      keys.version,
      keys.metrics,
      seen ? keys.feedSeen(seen.feedId) : keys.temp("no-seen"),
      keys.timeline,
      keys.events,
      ...reportKeys,
    ],
    [
      ...(append ? ["1", ...appendArgs(append, commit.forced)] : ["0"]),
      retentionMs,
      now.toISOString(),
      INGEST_COUNTERS.created,
      INGEST_COUNTERS.joined,
      retentionMs,
      seenEntries.length / 2,
      ...seenEntries,
      reports.length,
      ...reportArgs,
    ],
  )) as (string | number)[];
  const outcome = commitOutcome(reply[0]);
  return { outcome, changed: outcome === "committed" ? reply.slice(1).map((changed) => changed === 1) : [] };
}
