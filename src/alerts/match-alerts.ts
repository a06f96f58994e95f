import type { Redis } from "ioredis";
import type { AlertConfig } from "../config/push-schema.ts";
import type { StoryChange } from "../ingest/store-items.ts";
import type { AlertData } from "../jobs/push-queue.ts";
import type { Story } from "../model/story.ts";
import { filterContext } from "../query/context.ts";
import type { StoryFilter } from "../query/filter.ts";
import { matchesStory } from "../query/match.ts";
import { resolveView } from "../query/view.ts";
import { jsonFeedItem } from "../render/renderers.ts";
import type { Config } from "../setup/config-schema.ts";
import type { PushKeys } from "../store/keys.ts";

/** The events an alert may fire for one change of a story it matches, in the order they are claimed. */
export function candidateEvents(
  alert: AlertConfig,
  change: StoryChange,
): { claim: string; event: AlertData["event"] }[] {
  const events: { claim: string; event: AlertData["event"] }[] = [{ claim: "new", event: "new" }];
  // A report joining a story the alert already announced is an update; its item id names it.
  if (!change.created && alert.on.includes("updated")) {
    events.push({ claim: `updated:${change.revision}`, event: "updated" });
  }
  return events;
}

export function alertBody(alert: AlertConfig, event: AlertData["event"], story: Story): string {
  return JSON.stringify({ alert: alert.id, view: alert.view, event, story: jsonFeedItem(story, "") });
}

/**
 * Which alert deliveries the changes call for. A story that matches an alert's view for the first
 * time is "new" to it, whether the story was just created or a joining report made it match; a
 * later report joining a story already announced is "updated", for alerts that ask for it. Each
 * (alert, story, event) is claimed with SET NX, so however many workers see the change, and
 * however often a job is retried, it is delivered at most once.
 */
export async function matchAlerts(
  redis: Redis,
  keys: PushKeys,
  config: Config,
  stories: Map<string, Story>,
  changes: StoryChange[],
  now: Date,
): Promise<AlertData[]> {
  const context = filterContext(config, now);
  const filters: [AlertConfig, StoryFilter][] = config.alerts.map((alert) => [
    alert,
    resolveView(config.views[alert.view] ?? {}, context),
  ]);
  const deliveries: AlertData[] = [];
  for (const change of changes) {
    const story = stories.get(change.storyId);
    if (!story) continue;
    for (const [alert, filter] of filters) {
      if (!matchesStory(filter, story)) continue;
      for (const { claim, event } of candidateEvents(alert, change)) {
        const claimed = await redis.set(
          keys.alertSent(alert.id, story.id, claim),
          now.toISOString(),
          "PX",
          config.retention,
          "NX",
        );
        if (claimed === "OK") {
          deliveries.push({
            alertId: alert.id,
            event,
            storyId: story.id,
            body: alertBody(alert, event, story),
          });
          // The first match of a story is its "new", even when a joining report brought it.
          break;
        }
      }
    }
  }
  return deliveries;
}
