import { randomBytes } from "node:crypto";
import type { VerifyData } from "../jobs/push-queue.ts";
import { recordWebSub } from "../push/push-counters.ts";
import type { PushDeps } from "../push/push-deps.ts";
import { sendPush } from "../push/send.ts";
import { limitReached, removeSubscription, saveSubscription } from "./subscriptions.ts";
import { topicId } from "./topic.ts";
import { topicDocument } from "./topic-document.ts";

/**
 * Verification of intent (W3C WebSub §5.3): a GET to the callback with a random hub.challenge; the
 * (un)subscription takes effect only if the callback answers 2xx with the challenge as its body, so
 * nobody can subscribe a URL that did not ask. A callback that cannot be reached is tried again
 * (the job's retries); one that answers otherwise has said no.
 */
export async function verifyIntent(deps: PushDeps, data: VerifyData): Promise<"verified" | "refused"> {
  const { base } = data;
  const challenge = randomBytes(24).toString("base64url");
  const url = new URL(data.callback);
  url.searchParams.append("hub.mode", data.mode);
  url.searchParams.append("hub.topic", data.asked);
  url.searchParams.append("hub.challenge", challenge);
  if (data.mode === "subscribe") url.searchParams.append("hub.lease_seconds", String(data.leaseSeconds));
  const answer = await sendPush(url.href, { method: "GET", readBytes: 4096 }, deps.limits);
  const confirmed = answer.status >= 200 && answer.status <= 299 && answer.body.trim() === challenge;
  const now = deps.now().getTime();
  const withinLimits =
    data.mode === "unsubscribe" ||
    (await limitReached(deps.redis, deps.keys, data, deps.config.websub, now)) === null;
  if (!confirmed || !withinLimits) {
    await recordWebSub(deps.redis, deps.keys, "refused");
    return "refused";
  }
  if (data.mode === "unsubscribe") await removeSubscription(deps.redis, deps.keys, data.topic, data.callback);
  else {
    await saveSubscription(deps.redis, deps.keys, {
      topic: data.topic,
      base,
      callback: data.callback,
      secret: data.secret,
      expiresAt: now + data.leaseSeconds * 1000,
    });
    await rememberCurrentDocument(deps, data.topic, base);
  }
  await recordWebSub(deps.redis, deps.keys, "verified");
  return "verified";
}

/** A first subscriber starts from the document as it is now: only changes after this are distributed. */
async function rememberCurrentDocument(deps: PushDeps, topic: string, base: string): Promise<void> {
  const key = deps.keys.hubDigest(topicId(topic));
  if (await deps.redis.exists(key)) return;
  const document = await topicDocument(deps, topic, base);
  if (document) await deps.redis.set(key, document.digest, "NX");
}
