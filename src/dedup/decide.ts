import { type StoryText, sameStory } from "./same-story.ts";
import type { Assignment } from "./story-index.ts";

/**
 * Bounds that keep the cost of one assignment flat however many stories are stored:
 * at most CANDIDATE_LIMIT stories are compared, each through at most MEMBER_LIMIT reports,
 * found through at most BUCKET_LIMIT recent stories per band. Only bands made of common words
 * ever fill up, and a true near duplicate also shares the bands of its rarer words.
 */
export const CANDIDATE_LIMIT = 8;
export const BUCKET_LIMIT = 8;
/**
 * A story remembers its newest reports, so a story that drifts (new figures, new headline)
 * is still recognised by its latest wording.
 */
export const MEMBER_LIMIT = 8;

export interface StoredStory {
  storyId: string;
  members: StoryText[];
}

export interface ExactHit {
  key: string;
  storyId: string;
}

/** Stories sharing the most bands first: they are the likeliest matches. Ties keep first-seen order. */
export function rankCandidates(hits: Iterable<string>, limit = CANDIDATE_LIMIT): string[] {
  const counts = new Map<string, number>();
  for (const storyId of hits) counts.set(storyId, (counts.get(storyId) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([storyId]) => storyId);
}

/** A story is still open to a report published within the window of any of its reports. */
function open(story: StoredStory, at: number, windowMs: number): boolean {
  return story.members.some((member) => Math.abs(member.at - at) <= windowMs);
}

function bestMatch(text: StoryText, stories: StoredStory[], windowMs: number) {
  let best: { storyId: string; score: number; reason: string } | null = null;
  for (const story of stories) {
    if (!open(story, text.at, windowMs)) continue;
    for (const member of story.members) {
      const verdict = sameStory(text, member);
      if (verdict.same && (best === null || verdict.score > best.score)) {
        best = { storyId: story.storyId, score: verdict.score, reason: verdict.reason };
      }
    }
  }
  return best;
}

/**
 * Whether a story found under one of a report's exact keys (its address, its global guid) may
 * take the report as an exact duplicate. Anyone can publish any address or guid, so another
 * feed's report joins only when its text agrees with one of the story's reports by the rule
 * near duplicates follow; a feed's own reports are trusted, as before. A report that is not
 * vouched for is decided like any other, by similarity: an article republished under a made-up
 * headline then becomes a story of its own instead of retitling or retagging the outlet's.
 */
export function vouches(text: StoryText, story: StoredStory): boolean {
  return story.members.some(
    (member) => (text.feed !== undefined && member.feed === text.feed) || sameStory(text, member).same,
  );
}

/** An exact duplicate, once vouched for, joins the story its key points to. */
export function fromExact(hit: ExactHit): Assignment {
  return { storyId: hit.storyId, isNew: false, reason: `same ${hit.key.slice(0, hit.key.indexOf(":"))}` };
}

/** The shared decision of both indexes once each has read the stories its bands point to. */
export function fromSimilar(
  itemId: string,
  text: StoryText,
  stories: StoredStory[],
  windowMs: number,
): Assignment {
  const match = bestMatch(text, stories, windowMs);
  if (match !== null) return { storyId: match.storyId, isNew: false, reason: match.reason };
  return { storyId: itemId, isNew: true, reason: "new story" };
}
