import { UnrecoverableError } from "bullmq";
import { FetchError } from "../fetch/fetch-error.ts";
import type { DistributeData } from "../jobs/push-queue.ts";
import { recordWebSub } from "../push/push-counters.ts";
import type { PushDeps } from "../push/push-deps.ts";
import { sendPush } from "../push/send.ts";
import { signBody } from "../push/signature.ts";
import { hubLinks } from "../render/document.ts";
import { findSubscription, removeSubscription } from "./subscriptions.ts";

/**
 * POSTs an updated document to one subscriber (W3C WebSub §7), with the hub and topic as Link
 * headers and, when the subscriber gave a secret, X-Hub-Signature over the body. The subscription is
 * checked at the moment of sending: nothing goes out after an unsubscription or the lease's end.
 * 410 Gone ends the subscription; any other failure is retried with backoff.
 */
export async function distribute(deps: PushDeps, data: DistributeData): Promise<"delivered" | "dropped"> {
  const { redis, keys } = deps;
  const subscription = await findSubscription(redis, keys, data.topic, data.callback, deps.now().getTime());
  const body = subscription ? await redis.getBuffer(data.documentKey) : null;
  if (!subscription || !body) return "dropped";
  const headers: Record<string, string> = {
    "content-type": data.contentType,
    link: hubLinks(subscription.base, data.topic),
  };
  if (subscription.secret) headers["x-hub-signature"] = signBody(subscription.secret, body);
  try {
    const { status } = await sendPush(data.callback, { method: "POST", headers, body }, deps.limits);
    if (status === 410) {
      await removeSubscription(redis, keys, data.topic, data.callback);
      throw new UnrecoverableError("HTTP 410: the subscriber is gone");
    }
    if (status < 200 || status > 299) throw new FetchError("http", `HTTP ${status}`, { status });
  } catch (error) {
    await recordWebSub(redis, keys, "failed");
    if (error instanceof FetchError && error.permanent) throw new UnrecoverableError(error.message);
    throw error;
  }
  await recordWebSub(redis, keys, "delivered");
  return "delivered";
}
