import { UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import { FetchError } from "../fetch/fetch-error.ts";
import type { AlertData } from "../jobs/push-queue.ts";
import { recordAlertDelivered, recordAlertFailed } from "../push/push-counters.ts";
import { type PushLimits, sendPush } from "../push/send.ts";
import { signBody } from "../push/signature.ts";
import type { Config } from "../setup/config-schema.ts";
import type { PushKeys } from "../store/keys.ts";

export const SIGNATURE_HEADER = "X-Sitrep-Signature";

/** Answers worth trying again: the receiver is down, overloaded or asks for patience. */
const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * POSTs one alert. A failure is counted and thrown so BullMQ retries it with backoff; one that no
 * retry can fix (a refused address, a 4xx answer) stops the retries. An alert removed from the
 * config meanwhile is dropped.
 */
export async function deliverAlert(
  redis: Redis,
  keys: PushKeys,
  config: Config,
  limits: PushLimits,
  data: AlertData,
  now: () => Date,
): Promise<"delivered" | "dropped"> {
  const alert = config.alerts.find((candidate) => candidate.id === data.alertId);
  if (!alert) return "dropped";
  const body = Buffer.from(data.body, "utf8");
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-sitrep-alert": alert.id,
    "x-sitrep-event": data.event,
  };
  if (alert.secret) headers[SIGNATURE_HEADER.toLowerCase()] = signBody(alert.secret, body);
  try {
    const { status } = await sendPush(alert.url, { method: "POST", headers, body }, limits);
    if (status < 200 || status > 299) {
      const error = new FetchError("http", `HTTP ${status}`, { status });
      throw retryable(status) ? error : new UnrecoverableError(error.message);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordAlertFailed(redis, keys, alert.id, message, now());
    if (error instanceof FetchError && error.permanent) throw new UnrecoverableError(message);
    throw error;
  }
  await recordAlertDelivered(redis, keys, alert.id, now());
  return "delivered";
}
