import type { Redis } from "ioredis";
import type { PushKeys } from "../store/keys.ts";

/**
 * Outcomes of pushes, in one Redis hash so every API replica reports what every worker did:
 * "alert|<id>|delivered", "alert|<id>|failed" and the last times and error of each alert, and
 * "websub|<outcome>" for the hub.
 */
export const WEBSUB_OUTCOMES = ["verified", "refused", "delivered", "failed"] as const;
export type WebSubOutcome = (typeof WEBSUB_OUTCOMES)[number];

export interface AlertStatus {
  delivered: number;
  failed: number;
  lastDeliveredAt: string | null;
  lastFailedAt: string | null;
  lastError: string | null;
}

const field = (alertId: string, name: keyof AlertStatus) => `alert|${alertId}|${name}`;

export async function recordAlertDelivered(redis: Redis, keys: PushKeys, alertId: string, now: Date) {
  await redis
    .multi()
    .hincrby(keys.pushCounters, field(alertId, "delivered"), 1)
    .hset(keys.pushCounters, field(alertId, "lastDeliveredAt"), now.toISOString())
    .exec();
}

export async function recordAlertFailed(
  redis: Redis,
  keys: PushKeys,
  alertId: string,
  error: string,
  now: Date,
) {
  await redis
    .multi()
    .hincrby(keys.pushCounters, field(alertId, "failed"), 1)
    .hset(
      keys.pushCounters,
      field(alertId, "lastFailedAt"),
      now.toISOString(),
      field(alertId, "lastError"),
      error,
    )
    .exec();
}

export async function recordWebSub(redis: Redis, keys: PushKeys, outcome: WebSubOutcome) {
  await redis.hincrby(keys.pushCounters, `websub|${outcome}`, 1);
}

export interface PushSnapshot {
  alerts: Record<string, AlertStatus>;
  websub: Record<WebSubOutcome, number>;
}

export async function readPushCounters(redis: Redis, keys: PushKeys): Promise<PushSnapshot> {
  const hash = await redis.hgetall(keys.pushCounters);
  const alerts: Record<string, AlertStatus> = {};
  const websub = Object.fromEntries(WEBSUB_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    WebSubOutcome,
    number
  >;
  for (const [name, value] of Object.entries(hash)) {
    const [kind, id, part] = name.split("|");
    if (kind === "websub" && id && id in websub) websub[id as WebSubOutcome] = Number(value);
    if (kind !== "alert" || !id || !part) continue;
    alerts[id] ??= { delivered: 0, failed: 0, lastDeliveredAt: null, lastFailedAt: null, lastError: null };
    const status = alerts[id] as unknown as Record<string, unknown>;
    status[part] = part === "delivered" || part === "failed" ? Number(value) : value;
  }
  return { alerts, websub };
}
