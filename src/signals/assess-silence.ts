import type { SilenceConfig } from "../config/push-schema.ts";
import type { Reachability, Unreachable } from "./reachability.ts";

export interface WatchedFeed {
  id: string;
  name: string | null;
  url: string;
  countries: readonly string[];
}

export interface SilentFeed extends Unreachable {
  id: string;
  name: string | null;
  url: string;
}

/** One country's feeds as the last check saw them. */
export interface CountryReach {
  country: string;
  feeds: number;
  /** Its feeds unreachable now, longest first. */
  unreachable: SilentFeed[];
}

/** A country whose feeds fell silent while others kept answering. */
export interface Silence extends CountryReach {
  /** When enough of them had gone quiet to count: the moment the silence began. */
  since: string;
}

export interface SilenceAssessment {
  /** Most feeds of every country are unreachable: sitrep itself has probably lost the network. */
  offline: boolean;
  countries: Map<string, CountryReach>;
  silences: Silence[];
}

const at = (iso: string) => Date.parse(iso);

/**
 * Which countries' feeds have gone silent. A country counts when at least `share` of its feeds,
 * and at least `minFeeds`, have been unreachable at the network level for longer than `after`,
 * while some feed of another country answered after the silence began. When most feeds of every
 * country are unreachable the fault is sitrep's own connection, and nothing counts.
 */
export function assessSilence(
  feeds: readonly WatchedFeed[],
  reach: Reachability,
  settings: SilenceConfig,
  now: Date,
): SilenceAssessment {
  const groups = new Map<string, WatchedFeed[]>();
  for (const feed of feeds) {
    // Feeds that cover no country form a group of their own, so they too can show the network works.
    for (const country of feed.countries.length > 0 ? feed.countries : [""]) {
      groups.set(country, [...(groups.get(country) ?? []), feed]);
    }
  }
  const countries = new Map<string, CountryReach>();
  for (const [country, members] of groups) {
    const unreachable = members
      .flatMap((feed) => {
        const spell = reach.unreachable.get(feed.id);
        return spell ? [{ id: feed.id, name: feed.name, url: feed.url, ...spell }] : [];
      })
      .sort((a, b) => at(a.since) - at(b.since) || a.id.localeCompare(b.id));
    countries.set(country, { country, feeds: members.length, unreachable });
  }
  const offline =
    countries.size > 0 &&
    [...countries.values()].every((group) => group.unreachable.length * 2 > group.feeds);
  const silences: Silence[] = [];
  if (!offline) {
    for (const group of countries.values()) {
      const silence = group.country === "" ? null : silenceOf(group, feeds, reach, settings, now);
      if (silence) silences.push(silence);
    }
  }
  countries.delete("");
  return { offline, countries, silences };
}

function silenceOf(
  group: CountryReach,
  feeds: readonly WatchedFeed[],
  reach: Reachability,
  settings: SilenceConfig,
  now: Date,
): Silence | null {
  const needed = Math.max(settings.minFeeds, Math.ceil(settings.share * group.feeds));
  const long = group.unreachable.filter((feed) => now.getTime() - at(feed.since) > settings.after);
  const began = long[needed - 1]?.since;
  if (began === undefined) return null;
  const othersAnswered = feeds.some((feed) => {
    const answered = reach.answered.get(feed.id);
    return (
      !feed.countries.includes(group.country) &&
      !reach.unreachable.has(feed.id) &&
      answered !== undefined &&
      at(answered) >= at(began)
    );
  });
  return othersAnswered ? { ...group, since: began } : null;
}
