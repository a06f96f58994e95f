import type { Redis } from "ioredis";
import type { StoryChange } from "../ingest/store-items.ts";
import type { PushDeps } from "../push/push-deps.ts";
import type { PushKeys } from "../store/keys.ts";
import { saveReport } from "../store/stories.ts";
import { assessSilence } from "./assess-silence.ts";
import { planSignals } from "./plan-signals.ts";
import { readReachability } from "./reachability.ts";
import { type Episode, signalReport } from "./signal-story.ts";

/** What the last silence check concluded about sitrep's own network, for /readyz and the page. */
export interface Connectivity {
  status: "ok" | "down";
  checkedAt: string;
  /** Feeds unreachable at the network level, of all feeds watched. */
  unreachable: number;
  feeds: number;
}

/**
 * One silence check: assesses every feed's reach, records sitrep's own connectivity, and writes the
 * signal stories the assessment calls for. Returns the stories changed, for alerts and the hub.
 */
export async function checkSilence(deps: PushDeps): Promise<StoryChange[]> {
  const settings = deps.config.signals.silence;
  if (!settings) return [];
  const { redis, keys } = deps;
  const now = deps.now();
  const feeds = deps.config.feeds.map((feed) => ({
    id: feed.id,
    name: feed.name ?? null,
    url: feed.url,
    countries: feed.countries ?? [],
  }));
  const reach = await readReachability(redis, keys);
  const assessment = assessSilence(feeds, reach, settings, now);
  const connectivity: Connectivity = {
    status: assessment.offline ? "down" : "ok",
    checkedAt: now.toISOString(),
    unreachable: feeds.filter((feed) => reach.unreachable.has(feed.id)).length,
    feeds: feeds.length,
  };
  const previous = await redis.set(keys.connectivity, JSON.stringify(connectivity), "GET");
  // The page says when sitrep is offline, and its cached renderings last one store version.
  if (previous === null || (JSON.parse(previous) as Connectivity).status !== connectivity.status) {
    await redis.incr(deps.store.version);
  }
  const open = new Map(
    Object.entries(await redis.hgetall(keys.silences)).map(([country, json]) => [
      country,
      JSON.parse(json) as Episode,
    ]),
  );
  const changes: StoryChange[] = [];
  for (const write of planSignals(open, assessment, now)) {
    const report = signalReport(write.episode, write.group, write.over, now);
    await saveReport(redis, deps.store, report, now, deps.config.retention);
    if (write.over) await redis.hdel(keys.silences, write.episode.country);
    else await redis.hset(keys.silences, write.episode.country, JSON.stringify(write.episode));
    changes.push({ storyId: report.storyId, created: write.opened, revision: now.toISOString() });
  }
  return changes;
}

/** What the page and /readyz say while sitrep's own network is down. */
export const OFFLINE_NOTICE =
  "sitrep's own connectivity is down: most feeds of every country are unreachable, so no feed is " +
  "taken for silent and stories may be missing until the network is back.";

export async function readConnectivity(redis: Redis, keys: PushKeys): Promise<Connectivity | null> {
  const json = await redis.get(keys.connectivity);
  return json ? (JSON.parse(json) as Connectivity) : null;
}
