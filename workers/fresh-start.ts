import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { FeedConfig } from "../src/config/feeds.ts";
import { type PollJobData, queuePollNow } from "../src/jobs/queue.ts";
import { FRESH_START, readStatuses, writeStatus } from "../src/store/feed-status.ts";
import type { StoreKeys } from "../src/store/keys.ts";

/** A feed's config entry as its status remembers it: every poll notes the entry it polled with. */
export const entryOf = (feed: FeedConfig) => JSON.stringify(feed);

/**
 * Feeds last polled with an entry that differs from their current one (a fixed URL, say)
 * forget the old entry's failures and rest and are polled at once: the operator who fixed a
 * feed wants to know now, not after a day's rest. A feed not polled yet is left to its
 * scheduler, which polls it right away anyway. Returns the ids of the feeds started afresh.
 */
export async function startChangedFeedsAfresh(
  redis: Redis,
  keys: StoreKeys,
  queue: Queue<PollJobData>,
  feeds: readonly FeedConfig[],
): Promise<string[]> {
  const statuses = await readStatuses(
    redis,
    keys,
    feeds.map((feed) => feed.id),
  );
  const afresh: string[] = [];
  for (const [index, feed] of feeds.entries()) {
    const last = statuses[index]?.entry ?? null;
    const entry = entryOf(feed);
    if (last === null || last === entry) continue;
    // Noting the new entry at once keeps other workers, reconciling too, from doing this again.
    await writeStatus(redis, keys, feed.id, { ...FRESH_START, entry });
    await queuePollNow(queue, feed.id);
    afresh.push(feed.id);
  }
  return afresh;
}
