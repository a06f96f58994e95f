import {
  BUCKET_LIMIT,
  fromExact,
  fromSimilar,
  MEMBER_LIMIT,
  rankCandidates,
  type StoredStory,
  vouches,
} from "./decide.ts";
import { fingerprint } from "./fingerprint.ts";
import { BANDS } from "./minhash.ts";
import { type StoryText, toStoryText } from "./same-story.ts";
import {
  type Assignment,
  checkWindow,
  type DedupCandidate,
  exactKeys,
  referenceTime,
  type StoryIndex,
} from "./story-index.ts";

/** One decided report, as an index files it and as the shared log carries it between workers. */
export interface FiledReport {
  itemId: string;
  storyId: string;
  /** An exact duplicate: filed under its keys only, its text and bands add nothing. */
  exact: boolean;
  keys: string[];
  /** Per band, the bucket number of the report's band (`bandBuckets`). */
  buckets: number[];
  text: StoryText;
}

/** A decision and the report to file once it is kept. */
export interface Decided {
  assignment: Assignment;
  report: FiledReport;
}

interface StoryRecord {
  storyId: string;
  /** Newest first, at most MEMBER_LIMIT. */
  members: StoryText[];
  lastAt: number;
  /** A window after its last report was filed: kept by when it was written, as Redis TTLs keep it. */
  until: number;
  /**
   * The bucket numbers (BANDS per report, one after another) and exact keys the story was filed
   * under, to unfile it on expiry. Flat and grown by copying, not pushed into: most stories get
   * one report, and a pushed array keeps room for 17 entries.
   */
  buckets: number[];
  keys: string[];
}

interface ExactEntry {
  story: StoryRecord;
  until: number;
}

/** Most buckets hold one story, so a lone story is stored bare rather than in an array. */
type Bucket = StoryRecord | StoryRecord[];

const bucketList = (bucket: Bucket | undefined): StoryRecord[] =>
  bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];

/**
 * The index for one process: the offline `sitrep dedup` command, tests, and each worker's copy
 * of the shared index (shared-index.ts), which files the reports every worker logs. It keeps
 * exact keys a window after their last write and forgets a story a window after its last
 * report was filed (not after that report's time, or an archive older than the window could
 * never be joined by its copies).
 *
 * `decide` may look through a second index `beside` this one: the reports of a batch not yet
 * committed, filed there so that the batch's later items see its earlier ones, and dropped
 * whole if the commit is refused. What this index holds was filed first and takes precedence.
 */
export class MemoryStoryIndex implements StoryIndex {
  readonly #windowMs: number;
  readonly #exact = new Map<string, ExactEntry>();
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
    const { assignment, report } = this.decide(candidate, now);
    this.file(report, now.getTime());
    return assignment;
  }

  /** The decision for one report, from this index (and `beside`), filing nothing. */
  decide(candidate: DedupCandidate, now: Date, beside: MemoryStoryIndex = NOTHING_BESIDE): Decided {
    this.work.assignments += 1;
    this.#sweep(now.getTime());
    const keys = exactKeys(candidate);
    const print = fingerprint(candidate);
    const text = toStoryText(print, referenceTime(candidate.published, now), candidate.feedId);
    const buckets = print.bands;
    const report = (storyId: string, exact: boolean): FiledReport => ({
      itemId: candidate.itemId,
      storyId,
      exact,
      keys,
      buckets,
      text,
    });
    const hit = this.#exactHit(candidate.itemId, keys, text, now.getTime(), beside);
    if (hit !== null) {
      return {
        assignment: fromExact({ key: hit.key, storyId: hit.storyId }),
        report: report(hit.storyId, true),
      };
    }
    const stories = rankCandidates(this.#bucketHits(buckets, text.at, beside)).flatMap(
      (storyId) => this.#view(storyId, beside) ?? [],
    );
    for (const story of stories) this.work.membersCompared += story.members.length;
    const assignment = fromSimilar(candidate.itemId, text, stories, this.#windowMs);
    return { assignment, report: report(assignment.storyId, false) };
  }

  /** Files a decided report, as of `filedAt` (ms): keys and expiry count from then. */
  file(report: FiledReport, filedAt: number): void {
    let story = this.#stories.get(report.storyId);
    if (story === undefined) {
      story = {
        storyId: report.storyId,
        members: [],
        lastAt: report.text.at,
        until: 0,
        buckets: [],
        keys: [],
      };
      this.#stories.set(story.storyId, story);
    }
    this.#fileKeys(story, report.keys, filedAt);
    if (!report.exact) this.#fileReport(story, report.text, report.buckets, filedAt);
  }

  /** A story as both indexes know it: the newer reports, those `beside`, first. */
  #view(storyId: string, beside: MemoryStoryIndex): StoredStory | undefined {
    const mine = this.#stories.get(storyId);
    const theirs = beside.#stories.get(storyId);
    if (theirs === undefined || mine === undefined) return mine ?? theirs;
    return { storyId, members: [...theirs.members, ...mine.members].slice(0, MEMBER_LIMIT) };
  }

  #liveExact(key: string, now: number): ExactEntry | undefined {
    const entry = this.#exact.get(key);
    return entry !== undefined && entry.until >= now ? entry : undefined;
  }

  /** The first story an exact key names that vouches for the report. */
  #exactHit(
    itemId: string,
    keys: string[],
    text: StoryText,
    now: number,
    beside: MemoryStoryIndex,
  ): { key: string; storyId: string } | null {
    // A story under this item's id means this item created it, even if its item key expired.
    if (this.#stories.has(itemId) || beside.#stories.has(itemId))
      return { key: `item:${itemId}`, storyId: itemId };
    for (const key of keys) {
      // Keys still naming a story keep it: the first story an address went to stays.
      const entry = this.#liveExact(key, now) ?? beside.#liveExact(key, now);
      if (entry === undefined) continue;
      const story = this.#view(entry.story.storyId, beside);
      if (story !== undefined && vouches(text, story)) return { key, storyId: story.storyId };
    }
    return null;
  }

  *#bucketHits(buckets: number[], at: number, beside: MemoryStoryIndex): Generator<string> {
    for (const [band, bucket] of buckets.entries()) {
      const mine = bucketList(this.#buckets[band]?.get(bucket));
      // A story both indexes file under one bucket is in it once.
      const theirs = bucketList(beside.#buckets[band]?.get(bucket)).filter(
        (story) => !mine.some((other) => other.storyId === story.storyId),
      );
      for (const story of theirs.length === 0 ? mine : mine.concat(theirs)) {
        this.work.bucketEntriesRead += 1;
        if (Math.abs(at - story.lastAt) <= this.#windowMs) yield story.storyId;
      }
    }
  }

  #fileKeys(story: StoryRecord, keys: string[], now: number) {
    const until = now + this.#windowMs;
    const added: string[] = [];
    for (const key of keys) {
      const entry = this.#exact.get(key);
      if (entry === undefined || entry.until < now) {
        this.#exact.set(key, { story, until });
        added.push(key);
      } else if (entry.story === story) entry.until = until;
    }
    if (added.length > 0) story.keys = story.keys.concat(added);
    this.#expiry.push({ until, story });
  }

  #fileReport(story: StoryRecord, text: StoryText, buckets: number[], now: number) {
    story.members = [text, ...story.members].slice(0, MEMBER_LIMIT);
    story.buckets = story.buckets.length === 0 ? buckets : story.buckets.concat(buckets);
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
      for (const [at, bucket] of story.buckets.entries()) this.#removeFromBucket(at % BANDS, bucket, story);
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

/** What `decide` looks through beside an index when no batch is pending. */
const NOTHING_BESIDE = new MemoryStoryIndex({ windowMs: 1 });
