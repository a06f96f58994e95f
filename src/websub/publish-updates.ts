import { randomUUID } from "node:crypto";
import { DELIVERY_JOB_OPTIONS, DISTRIBUTE_JOB, type DistributeData } from "../jobs/push-queue.ts";
import type { PushDeps } from "../push/push-deps.ts";
import { activeSubscriptions, dropTopic, subscribedTopics } from "./subscriptions.ts";
import { topicId } from "./topic.ts";
import { topicDocument } from "./topic-document.ts";

/** A publish run renders every subscribed topic; this bounds how long another waits for it. */
const PUBLISH_LOCK_MS = 120_000;
/** Distributions are retried for minutes; the document waits for them this long. */
const DOCUMENT_TTL_S = 86_400;

/** Thrown while another process publishes; the job's retries try again shortly. */
export class PublishBusyError extends Error {
  override name = "PublishBusyError";
}

/**
 * Content distribution (W3C WebSub §6): renders each subscribed topic and, when its document differs
 * from the one last distributed, queues one delivery per active subscriber. One run at a time (a Redis
 * lock), so an older document can never overtake a newer one. Returns the topics found updated.
 */
export async function publishUpdates(deps: PushDeps): Promise<number> {
  const { redis, keys } = deps;
  const token = randomUUID();
  if ((await redis.set(keys.hubPublishing, token, "PX", PUBLISH_LOCK_MS, "NX")) !== "OK") {
    throw new PublishBusyError("another process is publishing");
  }
  try {
    let updated = 0;
    for (const [topic, base] of Object.entries(await subscribedTopics(redis, keys))) {
      const subscriptions = await activeSubscriptions(redis, keys, topic, deps.now().getTime());
      const document = subscriptions.length > 0 ? await topicDocument(deps, topic, base) : null;
      if (!document) {
        await dropTopic(redis, keys, topic);
        continue;
      }
      const id = topicId(topic);
      const previous = await redis.set(keys.hubDigest(id), document.digest, "GET");
      if (previous === document.digest) continue;
      updated += 1;
      const documentKey = keys.hubDocument(id, document.digest);
      await redis.set(documentKey, document.body, "EX", DOCUMENT_TTL_S);
      await deps.queue.addBulk(
        subscriptions.map((subscription) => ({
          name: DISTRIBUTE_JOB,
          data: {
            topic,
            callback: subscription.callback,
            documentKey,
            contentType: document.contentType,
          } satisfies DistributeData,
          opts: DELIVERY_JOB_OPTIONS,
        })),
      );
    }
    return updated;
  } finally {
    if ((await redis.get(keys.hubPublishing)) === token) await redis.del(keys.hubPublishing);
  }
}
