import { describe, expect, it } from "vitest";
import { assessSilence, type WatchedFeed } from "../../src/signals/assess-silence.ts";
import { planSignals } from "../../src/signals/plan-signals.ts";
import type { Reachability } from "../../src/signals/reachability.ts";
import { signalReport } from "../../src/signals/signal-story.ts";

const MINUTE = 60_000;
const NOW = new Date("2026-01-05T06:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MINUTE).toISOString();
const SETTINGS = { after: 30 * MINUTE, share: 0.6, minFeeds: 3 };

const feed = (id: string, ...countries: string[]): WatchedFeed => ({
  id,
  name: id.toUpperCase(),
  url: `https://${id}.example/rss`,
  countries,
});
const FEEDS = [
  ...["kz1", "kz2", "kz3", "kz4", "kz5", "kz6"].map((id) => feed(id, "KZ")),
  feed("kg1", "KG"),
  feed("de1", "DE"),
  feed("wire"),
];

/** Feeds down since the given minutes ago; every other feed answered a minute ago. */
function reach(down: Record<string, number>): Reachability {
  return {
    unreachable: new Map(
      Object.entries(down).map(([id, minutes]) => [
        id,
        { since: ago(minutes), error: `https://${id}.example/rss: ECONNREFUSED` },
      ]),
    ),
    answered: new Map(FEEDS.filter((f) => !(f.id in down)).map((f) => [f.id, ago(1)])),
  };
}

describe("assessSilence", () => {
  it("finds a country when enough of its feeds have been unreachable for longer than `after`", () => {
    const result = assessSilence(FEEDS, reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35, kz5: 5 }), SETTINGS, NOW);
    expect(result.offline).toBe(false);
    expect(result.silences).toHaveLength(1);
    const [silence] = result.silences;
    expect(silence?.country).toBe("KZ");
    // 60 % of 6 is 4 feeds: the silence began when the fourth went quiet.
    expect(silence?.since).toBe(ago(35));
    expect(silence?.unreachable.map((f) => f.id)).toEqual(["kz1", "kz2", "kz3", "kz4", "kz5"]);
  });

  it("waits for `after`, the share and minFeeds", () => {
    expect(
      assessSilence(FEEDS, reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 20 }), SETTINGS, NOW).silences,
    ).toEqual([]);
    expect(assessSilence(FEEDS, reach({ kz1: 50, kz2: 45, kz3: 40 }), SETTINGS, NOW).silences).toEqual([]);
    // One feed of one is all of Kyrgyzstan's, but fewer than minFeeds.
    expect(assessSilence(FEEDS, reach({ kg1: 50 }), SETTINGS, NOW).silences).toEqual([]);
  });

  it("needs another country's feed to have answered since the silence began", () => {
    const quiet = reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35 });
    for (const id of ["kg1", "de1", "wire"]) quiet.answered.set(id, ago(36));
    expect(assessSilence(FEEDS, quiet, SETTINGS, NOW).silences).toEqual([]);
    quiet.answered.set("de1", ago(34));
    expect(assessSilence(FEEDS, quiet, SETTINGS, NOW).silences.map((s) => s.country)).toEqual(["KZ"]);
  });

  it("takes sitrep itself for offline when most feeds of every country fail, and then finds no silence", () => {
    // German and uncountried feeds answered after Kazakhstan's fell silent, then failed too.
    const down = reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35, kg1: 2, de1: 2, wire: 2 });
    for (const id of ["de1", "wire"]) down.answered.set(id, ago(3));
    const result = assessSilence(FEEDS, down, SETTINGS, NOW);
    expect(result.offline).toBe(true);
    expect(result.silences).toEqual([]);
    // With one German feed answering again, the fault is no longer sitrep's own.
    down.unreachable.delete("de1");
    expect(assessSilence(FEEDS, down, SETTINGS, NOW).offline).toBe(false);
  });
});

describe("planSignals and the signal story", () => {
  const down = reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35 });

  it("opens an episode with a story tagged with the country, its regions and internet-shutdown", () => {
    const [write, ...rest] = planSignals(new Map(), assessSilence(FEEDS, down, SETTINGS, NOW), NOW);
    expect(rest).toEqual([]);
    if (!write) throw new Error("no write");
    expect(write).toMatchObject({ opened: true, over: false, episode: { country: "KZ", since: ago(35) } });
    const report = signalReport(write.episode, write.group, write.over, NOW);
    expect(report.item.title).toBe(
      "Possible internet disruption in Kazakhstan: 4 of 6 sources unreachable since 05:25 UTC",
    );
    expect(report.item.summary).toContain("KZ1 (kz1): since 05:10 UTC, ECONNREFUSED");
    expect(report.tags).toMatchObject({
      countries: ["KZ"],
      regions: ["central-asia"],
      crises: ["internet-shutdown"],
      custom: ["signal"],
    });
    expect(report.tags.evidence).toContainEqual(
      expect.objectContaining({
        tag: "internet-shutdown",
        kind: "crisis",
        terms: ["kz1", "kz2", "kz3", "kz4"],
      }),
    );
  });

  it("rewrites the story when the unreachable feeds change, and ends the episode when most answer", () => {
    const [opening] = planSignals(new Map(), assessSilence(FEEDS, down, SETTINGS, NOW), NOW);
    if (!opening) throw new Error("no opening");
    const open = new Map([["KZ", opening.episode]]);
    expect(planSignals(open, assessSilence(FEEDS, down, SETTINGS, NOW), NOW)).toEqual([]);

    const worse = reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35, kz5: 1 });
    const [update] = planSignals(open, assessSilence(FEEDS, worse, SETTINGS, NOW), NOW);
    expect(update).toMatchObject({
      opened: false,
      over: false,
      episode: { unreachable: ["kz1", "kz2", "kz3", "kz4", "kz5"] },
    });

    const better = reach({ kz1: 50, kz2: 45 });
    const [end] = planSignals(open, assessSilence(FEEDS, better, SETTINGS, NOW), NOW);
    if (!end) throw new Error("no end");
    expect(end.over).toBe(true);
    const report = signalReport(end.episode, end.group, end.over, NOW);
    expect(report.item.title).toBe(
      "Internet disruption in Kazakhstan appears over: 4 of 6 sources reachable again",
    );
    // The same story throughout: its id follows from the country and the moment the silence began.
    expect(report.storyId).toBe(signalReport(opening.episode, opening.group, false, NOW).storyId);
  });

  it("changes nothing while sitrep is offline", () => {
    const [opening] = planSignals(new Map(), assessSilence(FEEDS, down, SETTINGS, NOW), NOW);
    if (!opening) throw new Error("no opening");
    // One more Kazakh feed down would rewrite the story, were the other countries not down too.
    const offline = reach({ kz1: 50, kz2: 45, kz3: 40, kz4: 35, kz5: 1, kg1: 2, de1: 2, wire: 2 });
    expect(
      planSignals(new Map([["KZ", opening.episode]]), assessSilence(FEEDS, offline, SETTINGS, NOW), NOW),
    ).toEqual([]);
  });
});
