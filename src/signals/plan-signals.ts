import type { CountryReach, SilenceAssessment } from "./assess-silence.ts";
import type { Episode } from "./signal-story.ts";

/** A signal story to write: the episode as it now stands and its country's feeds. */
export interface SignalWrite {
  episode: Episode;
  group: CountryReach;
  /** Most feeds answer again: the story says so and the episode ends. */
  over: boolean;
  /** The first write of the episode: its story is new. */
  opened: boolean;
}

const idsOf = (group: CountryReach) => group.unreachable.map((feed) => feed.id);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * What the latest assessment changes in the open episodes: new silences open one, an episode whose
 * unreachable feeds changed is rewritten, and one whose country's feeds mostly answer again ends.
 * While sitrep itself is offline nothing changes: its view of every country is then worthless.
 */
export function planSignals(
  open: ReadonlyMap<string, Episode>,
  assessment: SilenceAssessment,
  now: Date,
): SignalWrite[] {
  if (assessment.offline) return [];
  const writes: SignalWrite[] = [];
  for (const silence of assessment.silences) {
    if (open.has(silence.country)) continue;
    const episode = {
      country: silence.country,
      since: silence.since,
      publishedAt: now.toISOString(),
      unreachable: idsOf(silence),
    };
    writes.push({ episode, group: silence, over: false, opened: true });
  }
  for (const episode of open.values()) {
    // A country no longer configured has no feeds left to be silent.
    const group = assessment.countries.get(episode.country) ?? {
      country: episode.country,
      feeds: 0,
      unreachable: [],
    };
    const over = (group.feeds - group.unreachable.length) * 2 > group.feeds || group.feeds === 0;
    if (over || !same(idsOf(group), episode.unreachable)) {
      writes.push({ episode: { ...episode, unreachable: idsOf(group) }, group, over, opened: false });
    }
  }
  return writes;
}
