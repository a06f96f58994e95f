/** A normalised item as dedup needs it; the store builds it from an `Item`. */
export interface DedupCandidate {
  itemId: string;
  guid: string;
  canonicalUrl: string | null;
  feedId: string;
  title: string;
  summary: string;
  language: string | null;
  /** ISO 8601. */
  published: string;
}

/** isNew: the caller creates the story, with id = storyId (= the candidate's itemId). */
export interface Assignment {
  storyId: string;
  isNew: boolean;
  reason: string;
}

/** Assigns reports to stories; the in-memory and the Redis index share every decision. */
export interface StoryIndex {
  assign(candidate: DedupCandidate, now: Date): Promise<Assignment>;
}

/**
 * Guids that name one article everywhere. A bare "12345" may be another outlet's article,
 * so such guids only count through the item id, which is scoped by feed.
 */
const URL_GUID = /^https?:\/\//i;
const GLOBAL_GUID = /^(?:urn|tag):|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keys under which a report is an exact duplicate of an earlier one: the same item re-polled,
 * the same address (two feeds of one outlet), the same globally unique guid. A URL-shaped
 * guid is an address too, so it shares the `url:` space with canonical URLs.
 */
export function exactKeys(candidate: DedupCandidate): string[] {
  const keys = [`item:${candidate.itemId}`];
  if (candidate.canonicalUrl) keys.push(`url:${candidate.canonicalUrl}`);
  if (URL_GUID.test(candidate.guid)) keys.push(`url:${candidate.guid}`);
  else if (GLOBAL_GUID.test(candidate.guid)) keys.push(`guid:${candidate.guid}`);
  return [...new Set(keys)];
}

/** When a report happened for dedup: its publication time, never later than now. */
export function referenceTime(published: string, now: Date): number {
  const at = Date.parse(published);
  return Number.isNaN(at) ? now.getTime() : Math.min(at, now.getTime());
}

/** Both indexes refuse a window that would make every report a new story or none expire. */
export function checkWindow(windowMs: number): number {
  if (!Number.isFinite(windowMs) || windowMs <= 0) {
    throw new RangeError(`dedup window must be a positive number of milliseconds, got ${windowMs}`);
  }
  return windowMs;
}
