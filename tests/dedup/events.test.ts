import { describe, expect, it } from "vitest";
import { eventFeatures } from "../../src/dedup/event-features.ts";
import { MemoryEventIndex } from "../../src/dedup/event-memory-index.ts";
import { SharedStoryIndex } from "../../src/dedup/shared-index.ts";
import { connect, freshPrefixes } from "../helpers/redis.ts";
import {
  BERLIN,
  ENGLISH_TRAPS,
  type EventReport,
  GERMAN_TRAPS,
  LEEDS,
  MAGDEBURG,
  sharedReport,
  T0,
  tagsOf,
} from "./event-reports.ts";

const WINDOW_MS = 3 * 86_400_000;
const HOUR = 3_600_000;

/** Each report stands for a new story here: only the event level is under test. */
function features(report: EventReport, storyId = report.id) {
  return eventFeatures({
    storyId,
    title: report.title,
    summary: report.summary,
    language: report.language,
    at: T0 + report.hours * HOUR,
    tags: tagsOf(report),
  });
}

function assignAll(index: MemoryEventIndex, reports: EventReport[]): Map<string, string> {
  const events = new Map<string, string>();
  for (const report of [...reports].sort((a, b) => a.hours - b.hours)) {
    const assignment = index.assign(features(report), new Date(T0 + report.hours * HOUR));
    events.set(report.id, assignment.eventId);
  }
  return events;
}

const ids = (reports: EventReport[]) => reports.map((report) => report.id);
const newIndex = () => new MemoryEventIndex({ windowMs: WINDOW_MS });

describe("events", () => {
  it("puts the developments of one attack in one event, named after its first story", async () => {
    const events = assignAll(newIndex(), MAGDEBURG);
    expect([...events.values()]).toEqual(["md-1", "md-1", "md-1"]);
  });

  it("keeps a club named after the city, a factory there and an attack in another city apart", async () => {
    const events = assignAll(newIndex(), [...MAGDEBURG, ...GERMAN_TRAPS]);
    for (const trap of ids(GERMAN_TRAPS)) expect(events.get(trap)).toBe(trap);
    expect(events.get("md-3")).toBe("md-1");
  });

  it("keeps the anniversary of an older attack apart from a new attack in the same city", async () => {
    const events = assignAll(newIndex(), BERLIN);
    expect(events.get("berlin-anniversary")).toBe("berlin-anniversary");
    expect(events.get("berlin-attack-2")).toBe("berlin-attack");
  });

  it("in English too: one attack's developments together, the traps apart", async () => {
    const events = assignAll(newIndex(), [...LEEDS, ...ENGLISH_TRAPS]);
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
    assignAll(index, MAGDEBURG);
    const later = { ...(MAGDEBURG[1] as EventReport), title: "Ganz andere Worte", summary: "" };
    const again = index.assign(features(later, "md-2"), new Date(T0 + 9 * HOUR));
    expect(again).toEqual({ eventId: "md-1", isNew: false, reason: "the story's event" });
  });

  it("closes an event a window after its last story", async () => {
    const index = newIndex();
    assignAll(index, MAGDEBURG.slice(0, 1));
    const late = { ...(MAGDEBURG[1] as EventReport), hours: 5 + WINDOW_MS / HOUR };
    const assignment = index.assign(features(late), new Date(T0 + late.hours * HOUR));
    expect(assignment.eventId).toBe("md-2");
  });
});

describe("events in the shared index", () => {
  const { redis, next } = freshPrefixes("events");

  it("groups as one worker does when many workers file stories at once", async () => {
    const reports = [...MAGDEBURG, ...GERMAN_TRAPS, ...BERLIN];
    const now = new Date(T0 + 10 * HOUR);
    const serial = new SharedStoryIndex(redis, { prefix: next(), windowMs: WINDOW_MS });
    const alone: [string, string][] = [];
    for (const report of reports) {
      const { events } = await serial.settleToLog([sharedReport(report)], now);
      alone.push([report.id, events[0]?.eventId ?? "none"]);
    }
    // Eight workers, each with its own connection and index, file every story at the same moment.
    const prefix = next();
    const clients = Array.from({ length: 8 }, () => connect());
    try {
      const workers = clients.map((client) => new SharedStoryIndex(client, { prefix, windowMs: WINDOW_MS }));
      const parallel = await Promise.all(
        reports.map(async (report, position) => {
          const worker = workers[position % workers.length] as SharedStoryIndex;
          const { events } = await worker.settleToLog([sharedReport(report)], now);
          return [report.id, events[0]?.eventId ?? "none"] as const;
        }),
      );
      const groups = (events: Iterable<readonly [string, string]>) => {
        const byEvent = new Map<string, string[]>();
        for (const [id, event] of events) byEvent.set(event, [...(byEvent.get(event) ?? []), id].sort());
        return [...byEvent.values()].map((group) => group.join(" ")).sort();
      };
      expect(groups(parallel)).toEqual(groups(alone));
      expect(workers.map((worker) => worker.stats.forced)).toEqual(Array(8).fill(0));
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});
