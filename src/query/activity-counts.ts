import countries from "i18n-iso-countries";
import type { Redis } from "ioredis";
import { CRISES } from "../model/tags.ts";
import type { StoreKeys } from "../store/keys.ts";
import { type ActivityOptions, type ActivitySeries, activityLabel } from "./activity.ts";

const DAY_MS = 86_400_000;

const CANDIDATES: Record<ActivityOptions["by"], { kind: "country" | "crisis"; values: readonly string[] }> = {
  countries: { kind: "country", values: Object.keys(countries.getAlpha2Codes()) },
  crises: { kind: "crisis", values: CRISES },
};

async function counts(redis: Redis, ranges: [key: string, min: number, max: number][]): Promise<number[]> {
  const pipeline = redis.pipeline();
  for (const [key, min, max] of ranges) pipeline.zcount(key, min, max);
  return ((await pipeline.exec()) ?? []).map(([error, count]) => {
    if (error) throw error;
    return Number(count);
  });
}

/**
 * The busiest countries (or crises) of the last `days` UTC days and their stories per day,
 * counted in Redis: the indexes are scored by publication time, so each count is one ZCOUNT
 * and the cost does not grow with the number of stories. Same series as countActivity.
 */
export async function readActivity(
  redis: Redis,
  keys: StoreKeys,
  options: ActivityOptions,
): Promise<ActivitySeries[]> {
  const { now, by, days = 28, top = 5 } = options;
  const { kind, values } = CANDIDATES[by];
  const firstDay = Math.floor(now.getTime() / DAY_MS) - days + 1;
  const start = firstDay * DAY_MS;
  const end = (firstDay + days) * DAY_MS - 1;
  const totals = await counts(
    redis,
    values.map((value) => [keys.index(kind, value), start, end]),
  );
  const busiest = values
    .map((value, index) => ({ value, total: totals[index] ?? 0 }))
    .filter((entry) => entry.total > 0)
    .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value))
    .slice(0, top)
    .map((entry) => entry.value);
  const dayStarts = Array.from({ length: days }, (_, index) => (firstDay + index) * DAY_MS);
  const perDay = await counts(
    redis,
    busiest.flatMap((value) =>
      dayStarts.map(
        (dayStart) => [keys.index(kind, value), dayStart, dayStart + DAY_MS - 1] as [string, number, number],
      ),
    ),
  );
  return busiest.map((value, row) => ({
    key: value,
    label: activityLabel(by, value),
    days: dayStarts.map((dayStart, column) => ({
      day: new Date(dayStart).toISOString().slice(0, 10),
      count: perDay[row * days + column] ?? 0,
    })),
  }));
}
