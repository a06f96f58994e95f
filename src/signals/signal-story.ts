import { escapeUTF8 } from "entities";
import type { Item } from "../model/item.ts";
import { regionEvidence, regionsOf } from "../model/regions.ts";
import { type Evidence, SIGNAL_TAG, type Tags } from "../model/tags.ts";
import { itemId } from "../normalise/item-id.ts";
import { countryName } from "../query/describe.ts";
import type { StoryReport } from "../store/stories.ts";
import type { CountryReach, SilentFeed } from "./assess-silence.ts";

/** The feed id signal stories are filed under: not a slug, so it can never be a configured feed's. */
export const SIGNAL_FEED_ID = "sitrep:signal";
export const SHUTDOWN_CRISIS = "internet-shutdown";

/** One silence of one country, from the check that first saw it until most of its feeds answer again. */
export interface Episode {
  country: string;
  /** When the silence began (see assessSilence). */
  since: string;
  /** When sitrep first reported it: the story's publication time. */
  publishedAt: string;
  /** The feeds unreachable at the last write, so a write happens only when that changes. */
  unreachable: string[];
}

/** "05:10 UTC", with the date when it is not `now`'s. */
function clock(iso: string, now: Date): string {
  const day = iso.slice(0, 10);
  return `${day === now.toISOString().slice(0, 10) ? "" : `${day} `}${iso.slice(11, 16)} UTC`;
}

/** The fetcher names the URL in its errors; the story names the feed already. */
const reason = (feed: SilentFeed) =>
  feed.error.startsWith(`${feed.url}: `) ? feed.error.slice(feed.url.length + 2) : feed.error;
const label = (feed: SilentFeed) => (feed.name ? `${feed.name} (${feed.id})` : feed.id);

function texts(episode: Episode, group: CountryReach, over: boolean, now: Date) {
  const name = countryName(episode.country);
  const down = group.unreachable.length;
  const since = clock(episode.since, now);
  const title = over
    ? `Internet disruption in ${name} appears over: ${group.feeds - down} of ${group.feeds} sources reachable again`
    : `Possible internet disruption in ${name}: ${down} of ${group.feeds} sources unreachable since ${since}`;
  const lead = over
    ? `${group.feeds - down} of the ${group.feeds} news sources sitrep watches in ${name} answer again (checked ${clock(now.toISOString(), now)}); most had been unreachable since ${since}.`
    : `${down} of the ${group.feeds} news sources sitrep watches in ${name} have not answered over the network since ${since}, while sources in other countries kept answering.`;
  const lines = group.unreachable.map(
    (feed) => `${label(feed)}: since ${clock(feed.since, now)}, ${reason(feed)}`,
  );
  const listed =
    lines.length > 0 ? ` ${over ? "Still unreachable" : "Unreachable"}: ${lines.join("; ")}.` : "";
  const contentHtml = `<p>${escapeUTF8(lead)}</p>${
    lines.length > 0 ? `<ul>${lines.map((line) => `<li>${escapeUTF8(line)}</li>`).join("")}</ul>` : ""
  }`;
  return { title, summary: `${lead}${listed}`, contentHtml };
}

function signalTags(country: string, feedIds: string[], rule: string): Tags {
  const countryEvidence: Evidence[] = [
    { tag: country, kind: "country", rule, field: "feed", terms: feedIds },
  ];
  return {
    language: "en",
    countries: [country],
    regions: regionsOf([country]),
    crises: [SHUTDOWN_CRISIS],
    custom: [SIGNAL_TAG],
    evidence: [
      ...countryEvidence,
      ...regionEvidence(countryEvidence, [country]),
      { tag: SHUTDOWN_CRISIS, kind: "crisis", rule, field: "feed", terms: feedIds },
      { tag: SIGNAL_TAG, kind: "custom", rule, field: "feed", terms: [] },
    ],
  };
}

/**
 * The signal story of an episode as it stands: a report of sitrep's own, whose id follows from the
 * country and the moment the silence began, so every check (and every worker) writes the same story.
 */
export function signalReport(episode: Episode, group: CountryReach, over: boolean, now: Date): StoryReport {
  const guid = `urn:sitrep:signal:silence:${episode.country}:${episode.since}`;
  const id = itemId(SIGNAL_FEED_ID, guid);
  const { title, summary, contentHtml } = texts(episode, group, over, now);
  const item: Item = {
    id,
    guid,
    feedId: SIGNAL_FEED_ID,
    title,
    link: null,
    canonicalUrl: null,
    published: episode.publishedAt,
    updated: now.toISOString(),
    author: "sitrep",
    summary,
    contentHtml,
    categories: [],
    language: "en",
  };
  const ids = group.unreachable.map((feed) => feed.id);
  return {
    storyId: id,
    isNew: true,
    item,
    source: {
      itemId: id,
      feedId: SIGNAL_FEED_ID,
      feedName: "sitrep",
      title,
      link: null,
      language: "en",
      published: episode.publishedAt,
    },
    tags: signalTags(episode.country, ids, `silence: ${ids.length} of ${group.feeds} feeds unreachable`),
  };
}
