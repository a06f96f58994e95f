import { createHash } from "node:crypto";
import type { PushDeps } from "../push/push-deps.ts";
import { FORMATS, renderFeedBody } from "../render/feed-body.ts";
import { readTopic } from "./topic.ts";

export interface TopicDocument {
  body: string;
  contentType: string;
  digest: string;
}

/**
 * The topic's document now, byte for byte what a reader fetching the topic gets. Null when the
 * topic no longer exists (its view was removed from the config).
 */
export async function topicDocument(
  deps: PushDeps,
  topic: string,
  base: string,
): Promise<TopicDocument | null> {
  const now = deps.now();
  let request: ReturnType<typeof readTopic>;
  try {
    request = readTopic(topic, base, deps.config, now);
  } catch (error) {
    deps.log.warn({ topic, err: error }, "websub topic no longer exists");
    return null;
  }
  const { body } = await renderFeedBody(deps.redis, deps.store, request, now);
  return {
    body,
    contentType: FORMATS[request.format].contentType,
    digest: createHash("sha256").update(body).digest("base64url"),
  };
}
