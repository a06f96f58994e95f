import type { ActivitySeries } from "../query/activity.ts";
import { readActivity } from "../query/activity-counts.ts";
import { readPresentValues } from "../query/present-values.ts";
import type { PageUi } from "../render/renderers.ts";
import { primaryLanguage } from "../text/language-tag.ts";
import type { ApiDeps } from "./deps.ts";
import { RenderCache } from "./render-cache.ts";

/** What the page shows besides its stories; the same for every filter. */
export interface PageFacts {
  options: PageUi["options"];
  activity: ActivitySeries[];
}

const ACTIVITY_DAYS = 28;

/**
 * Reads the page's filter options and activity chart at most once per store version and
 * UTC day (the chart's last bar is today), however many pages are rendered meanwhile.
 */
export function pageFacts(deps: ApiDeps): (now: Date) => Promise<PageFacts> {
  const cache = new RenderCache<PageFacts>({
    maxBytes: Number.POSITIVE_INFINITY,
    maxEntries: 2,
    maxAgeMs: 60_000,
    sizeOf: () => 0,
  });
  return async (now) => {
    const version = (await deps.redis.get(deps.keys.version)) ?? "0";
    const day = now.toISOString().slice(0, 10);
    return cache.get(day, version, now.getTime(), async () => {
      const feedLanguages = deps
        .config()
        .feeds.map((feed) => primaryLanguage(feed.language))
        .filter((code) => code !== null);
      const [options, countries, crises] = await Promise.all([
        readPresentValues(deps.redis, deps.keys, feedLanguages),
        readActivity(deps.redis, deps.keys, { now, by: "countries", days: ACTIVITY_DAYS, top: 5 }),
        readActivity(deps.redis, deps.keys, { now, by: "crises", days: ACTIVITY_DAYS, top: 3 }),
      ]);
      return { options, activity: [...countries, ...crises] };
    });
  };
}
