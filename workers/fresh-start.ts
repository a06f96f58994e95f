import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { FeedConfig } from "../src/config/feeds.ts";
import { type PollJobData, queuePollNow } from "../src/jobs/queue.ts";
import { FRESH_START, readStatuses, writeStatus } from "../src/store/feed-status.ts";
import type { StoreKeys } from "../src/store/keys.ts";

/**
 * Feeds whose config entry differs from the one they were last seen with (a fixed URL, say)
 * forget the old entry's failures and rest, and one that had been polled before is polled
 * again at once: the operator who fixed it wants to know now, not after a day's rest. A new
 * feed only has its entry noted; its scheduler polls it right away anyway. Returns the ids
 * of the feeds started afresh.
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
    const status = statuses[index];
    const entry = JSON.stringify(feed);
    if (!status || status.entry === entry) continue;
    const polledBefore = status.lastAttemptAt !== null;
    await writeStatus(redis, keys, feed.id, polledBefore ? { ...FRESH_START, entry } : { entry });
    if (!polledBefore) continue;
    await queuePollNow(queue, feed.id);
    afresh.push(feed.id);
  }
  return afresh;
}
