import { BUCKET_LIMIT, fromExact, fromSimilar, MEMBER_LIMIT, rankCandidates, vouches } from "./decide.ts";
import { fingerprint } from "./fingerprint.ts";
import { BANDS, bandHash } from "./minhash.ts";
import { type StoryText, toStoryText } from "./same-story.ts";
import {
  type Assignment,
  checkWindow,
  type DedupCandidate,
  exactKeys,
  referenceTime,
  type StoryIndex,
} from "./story-index.ts";

interface StoryRecord {
  storyId: string;
  /** Newest first, at most MEMBER_LIMIT. */
  members: StoryText[];
  lastAt: number;
  /** A window after its last report was filed: kept by when it was written, as Redis TTLs keep it. */
  until: number;
  /** The bucket numbers and exact keys the story was filed under, to unfile it on expiry. */
  buckets: number[][];
  keys: string[];
}

/** Most buckets hold one story, so a lone story is stored bare rather than in an array. */
type Bucket = StoryRecord | StoryRecord[];

const bucketList = (bucket: Bucket | undefined): StoryRecord[] =>
  bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];

/** Band hashes cut to 30 bits stay V8 small integers: map keys then cost no allocation. */
const bucketNumber = (key: string) => bandHash(key) >>> 2;

/**
 * The index for one process: the offline `sitrep dedup` command and tests. It makes the same
 * decisions as the Redis index, keeps exact keys a window after their last write as Redis
 * TTLs would, and forgets a story a window after its last report was filed (not after that
 * report's time, or an archive older than the window could never be joined by its copies).
 */
export class MemoryStoryIndex implements StoryIndex {
  readonly #windowMs: number;
  readonly #exact = new Map<string, { story: StoryRecord; until: number }>();
  readonly #stories = new Map<string, StoryRecord>();
  /** One map per band: a single map would pass V8's limit of 2^24 entries near 500k stories. */
  readonly #buckets = Array.from({ length: BANDS }, () => new Map<number, Bucket>());
  /** Stories in the order they were last touched: mostly time order, which sweeping needs. */
  #expiry: Array<{ until: number; story: StoryRecord }> = [];
  #expiryHead = 0;
  /** Work done so far, counted rather than timed: it shows cost per item stays bounded. */
  readonly work = { assignments: 0, bucketEntriesRead: 0, membersCompared: 0 };

  constructor(opts: { windowMs: number }) {
    this.#windowMs = checkWindow(opts.windowMs);
  }

  get size(): number {
    return this.#stories.size;
  }

  async assign(candidate: DedupCandidate, now: Date): Promise<Assignment> {
    this.work.assignments += 1;
    this.#sweep(now.getTime());
    const keys = exactKeys(candidate);
    const print = fingerprint(candidate);
    const text = toStoryText(print, referenceTime(candidate.published, now), candidate.feedId);
    const hit = this.#exactHit(candidate.itemId, keys, text, now.getTime());
    if (hit !== null) {
      this.#fileKeys(hit.story, keys, now.getTime());
      return fromExact({ key: hit.key, storyId: hit.story.storyId });
    }
    const buckets = print.bands.map(bucketNumber);
    const stories = rankCandidates(this.#bucketHits(buckets, text.at)).flatMap((storyId) => {
      const story = this.#stories.get(storyId);
      return story === undefined ? [] : [story];
    });
    for (const story of stories) this.work.membersCompared += story.members.length;
    const assignment = fromSimilar(candidate.itemId, text, stories, this.#windowMs);
    let story = this.#stories.get(assignment.storyId);
    if (story === undefined) {
      story = { storyId: assignment.storyId, members: [], lastAt: text.at, until: 0, buckets: [], keys: [] };
      this.#stories.set(story.storyId, story);
    }
    this.#fileKeys(story, keys, now.getTime());
    this.#fileReport(story, text, buckets, now.getTime());
    return assignment;
  }

  /** The first story an exact key names that vouches for the report (see commit.lua for the order). */
  #exactHit(
    itemId: string,
    keys: string[],
    text: StoryText,
    now: number,
  ): { key: string; story: StoryRecord } | null {
    // A story under this item's id means this item created it, even if its item key expired.
    const own = this.#stories.get(itemId);
    if (own !== undefined) return { key: `item:${itemId}`, story: own };
    for (const key of keys) {
      const entry = this.#exact.get(key);
      if (entry !== undefined && entry.until >= now && vouches(text, entry.story))
        return { key, story: entry.story };
    }
    return null;
  }

  *#bucketHits(buckets: number[], at: number): Generator<string> {
    for (const [band, bucket] of buckets.entries()) {
      for (const story of bucketList(this.#buckets[band]?.get(bucket))) {
        this.work.bucketEntriesRead += 1;
        if (Math.abs(at - story.lastAt) <= this.#windowMs) yield story.storyId;
      }
    }
  }

  /** Keys still naming another story keep it: the first story an address went to stays. */
  #fileKeys(story: StoryRecord, keys: string[], now: number) {
    const until = now + this.#windowMs;
    for (const key of keys) {
      const entry = this.#exact.get(key);
      if (entry === undefined || entry.until < now) {
        this.#exact.set(key, { story, until });
        story.keys.push(key);
      } else if (entry.story === story) entry.until = until;
    }
    this.#expiry.push({ until, story });
  }

  #fileReport(story: StoryRecord, text: StoryText, buckets: number[], now: number) {
    story.members = [text, ...story.members].slice(0, MEMBER_LIMIT);
    story.buckets.push(buckets);
    for (const [band, bucket] of buckets.entries()) this.#addToBucket(band, bucket, story);
    story.lastAt = Math.max(story.lastAt, text.at);
    // #fileKeys has just queued this story for sweeping at the same time.
    story.until = now + this.#windowMs;
  }

  /** Buckets keep their BUCKET_LIMIT newest stories: older ones are never read anyway. */
  #addToBucket(band: number, bucket: number, story: StoryRecord) {
    const map = this.#buckets[band];
    const current = map?.get(bucket);
    if (map === undefined || current === story) return;
    if (current === undefined) map.set(bucket, story);
    else
      map.set(
        bucket,
        [...bucketList(current).filter((other) => other !== story), story].slice(-BUCKET_LIMIT),
      );
  }

  #removeFromBucket(band: number, bucket: number, story: StoryRecord) {
    const map = this.#buckets[band];
    const left = bucketList(map?.get(bucket)).filter((other) => other !== story);
    if (left.length === 0) map?.delete(bucket);
    else map?.set(bucket, left.length === 1 ? (left[0] as StoryRecord) : left);
  }

  #sweep(now: number) {
    while ((this.#expiry[this.#expiryHead]?.until ?? Number.POSITIVE_INFINITY) < now) {
      const { story } = this.#expiry[this.#expiryHead++] as { story: StoryRecord };
      this.#compactExpiry();
      story.keys = story.keys.filter((key) => {
        const entry = this.#exact.get(key);
        if (entry?.story !== story) return false;
        if (entry.until >= now) return true;
        this.#exact.delete(key);
        return false;
      });
      if (story.until >= now || this.#stories.get(story.storyId) !== story) continue;
      this.#stories.delete(story.storyId);
      for (const buckets of story.buckets) {
        for (const [band, bucket] of buckets.entries()) this.#removeFromBucket(band, bucket, story);
      }
    }
  }

  /** Drops the swept head of the queue now and then, instead of shifting the array per entry. */
  #compactExpiry() {
    if (this.#expiryHead > 1024 && this.#expiryHead * 2 > this.#expiry.length) {
      this.#expiry = this.#expiry.slice(this.#expiryHead);
      this.#expiryHead = 0;
    }
  }
}
