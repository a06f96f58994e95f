import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventFeatures } from "../../src/dedup/event-features.ts";
import type { EventIndex } from "../../src/dedup/event-index.ts";
import { MemoryEventIndex } from "../../src/dedup/event-memory-index.ts";
import { RedisEventIndex } from "../../src/dedup/event-redis-index.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import {
  BERLIN,
  ENGLISH_TRAPS,
  type EventReport,
  GERMAN_TRAPS,
  LEEDS,
  MAGDEBURG,
  T0,
} from "./event-reports.ts";

const WINDOW_MS = 3 * 86_400_000;
const HOUR = 3_600_000;
const tag = createTagger(TaggingSchema.parse({}));

/** Each report stands for a new story here: only the event level is under test. */
function features(report: EventReport, storyId = report.id) {
  const tags = tag({ title: report.title, summary: report.summary, language: report.language });
  return eventFeatures({
    storyId,
    title: report.title,
    summary: report.summary,
    language: report.language,
    at: T0 + report.hours * HOUR,
    tags,
  });
}

async function assignAll(index: EventIndex, reports: EventReport[]): Promise<Map<string, string>> {
  const events = new Map<string, string>();
  for (const report of [...reports].sort((a, b) => a.hours - b.hours)) {
    const assignment = await index.assign(
      { isNewStory: true, features: features(report) },
      new Date(T0 + report.hours * HOUR),
    );
    events.set(report.id, assignment.eventId);
  }
  return events;
}

const ids = (reports: EventReport[]) => reports.map((report) => report.id);

let redis: Redis;
const root = testPrefix("events");
let fresh = 0;
beforeAll(() => {
  redis = connect();
});
afterAll(async () => {
  await dropPrefix(redis, root);
  redis.disconnect();
});

const indexes: [string, () => EventIndex][] = [
  ["memory", () => new MemoryEventIndex({ windowMs: WINDOW_MS })],
  ["redis", () => new RedisEventIndex(redis, { prefix: `${root}:${fresh++}`, windowMs: WINDOW_MS })],
];

describe.each(indexes)("events (%s index)", (_name, newIndex) => {
  it("puts the developments of one attack in one event, named after its first story", async () => {
    const events = await assignAll(newIndex(), MAGDEBURG);
    expect([...events.values()]).toEqual(["md-1", "md-1", "md-1"]);
  });

  it("keeps a club named after the city, a factory there and an attack in another city apart", async () => {
    const events = await assignAll(newIndex(), [...MAGDEBURG, ...GERMAN_TRAPS]);
    for (const trap of ids(GERMAN_TRAPS)) expect(events.get(trap)).toBe(trap);
    expect(events.get("md-3")).toBe("md-1");
  });

  it("keeps the anniversary of an older attack apart from a new attack in the same city", async () => {
    const events = await assignAll(newIndex(), BERLIN);
    expect(events.get("berlin-anniversary")).toBe("berlin-anniversary");
    expect(events.get("berlin-attack-2")).toBe("berlin-attack");
  });

  it("in English too: one attack's developments together, the traps apart", async () => {
    const events = await assignAll(newIndex(), [...LEEDS, ...ENGLISH_TRAPS]);
    expect(events.get("leeds-2")).toBe("leeds-1");
    for (const trap of [
      "trap-leeds-united",
      "trap-bristol",
      "manchester-anniversary",
      "manchester-explosion",
    ]) {
      expect(events.get(trap)).toBe(trap);
    }
  });

  it("gives a story that gets another report the event it already has", async () => {
    const index = newIndex();
    await assignAll(index, MAGDEBURG);
    const later = { ...(MAGDEBURG[1] as EventReport), title: "Ganz andere Worte", summary: "" };
    const again = await index.assign(
      { isNewStory: false, features: features(later, "md-2") },
      new Date(T0 + 9 * HOUR),
    );
    expect(again).toEqual({ eventId: "md-1", isNew: false, reason: "the story's event" });
  });

  it("closes an event a window after its last story", async () => {
    const index = newIndex();
    await assignAll(index, MAGDEBURG.slice(0, 1));
    const late = { ...(MAGDEBURG[1] as EventReport), hours: 5 + WINDOW_MS / HOUR };
    const assignment = await index.assign(
      { isNewStory: true, features: features(late) },
      new Date(T0 + late.hours * HOUR),
    );
    expect(assignment.eventId).toBe("md-2");
  });
});

describe("the Redis event index", () => {
  it("groups as a serial run does when many workers assign at once", async () => {
    const prefix = `${root}:${fresh++}`;
    const reports = [...MAGDEBURG, ...GERMAN_TRAPS, ...BERLIN];
    const serial = await assignAll(new MemoryEventIndex({ windowMs: WINDOW_MS }), reports);
    // Eight workers, each with its own connection, file every story at the same moment.
    const clients = Array.from({ length: 8 }, () => connect());
    try {
      const now = new Date(T0 + 10 * HOUR);
      const parallel = await Promise.all(
        reports.map((report, position) =>
          new RedisEventIndex(clients[position % clients.length] as Redis, { prefix, windowMs: WINDOW_MS })
            .assign({ isNewStory: true, features: features(report) }, now)
            .then((assignment) => [report.id, assignment.eventId] as const),
        ),
      );
      const groups = (events: Iterable<readonly [string, string]>) => {
        const byEvent = new Map<string, string[]>();
        for (const [id, event] of events) byEvent.set(event, [...(byEvent.get(event) ?? []), id].sort());
        return [...byEvent.values()].map((group) => group.join(" ")).sort();
      };
      expect(groups(parallel)).toEqual(groups(serial));
    } finally {
      for (const client of clients) client.disconnect();
    }
  });

  it("keeps its events across a restart: a new index on the same prefix goes on with them", async () => {
    const prefix = `${root}:${fresh++}`;
    await assignAll(new RedisEventIndex(redis, { prefix, windowMs: WINDOW_MS }), MAGDEBURG.slice(0, 2));
    const restarted = new RedisEventIndex(redis, { prefix, windowMs: WINDOW_MS });
    const third = MAGDEBURG[2] as EventReport;
    const assignment = await restarted.assign(
      { isNewStory: true, features: features(third) },
      new Date(T0 + third.hours * HOUR),
    );
    expect(assignment.eventId).toBe("md-1");
  });
});
