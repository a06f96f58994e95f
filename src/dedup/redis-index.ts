import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import { type DedupKeys, dedupKeys } from "../store/keys.ts";
import { luaScript } from "../store/script.ts";
import {
  BUCKET_LIMIT,
  CANDIDATE_LIMIT,
  fromExact,
  fromSimilar,
  MEMBER_LIMIT,
  rankCandidates,
  vouches,
} from "./decide.ts";
import { fingerprint } from "./fingerprint.ts";
import { candidatesDigest, type LoadedStory, loadStories, readSnapshot, storyMark } from "./redis-reads.ts";
import { type StoryText, toStoryText } from "./same-story.ts";
import {
  type Assignment,
  checkWindow,
  type DedupCandidate,
  exactKeys,
  referenceTime,
  type StoryIndex,
} from "./story-index.ts";

const commit = luaScript(readFileSync(new URL("./commit.lua", import.meta.url), "utf8"));

/**
 * A refusal means another writer just changed what this decision read, so every round of a
 * race settles at least one writer: twenty writers on one new story settle in two rounds (one
 * creates it, the rest join). This many refusals in a row is a pile-up in buckets of common
 * words, and the item is then committed without the check rather than held back or lost.
 */
const CHECKED_ROUNDS = 16;

interface Report {
  itemId: string;
  exact: string[];
  bands: string[];
  text: StoryText;
  /** Bucket entries older than this are outside the window of this report. */
  since: number;
}

/** What the exact keys' stories were found to be: the one vouched for, and those found wanting. */
interface Vetting {
  vouched: string | null;
  wanting: Set<string>;
}

/** What one commit rests on: the decision (null: an exact duplicate) and what it was made from. */
interface Decided {
  decision: Assignment | null;
  /** The candidates compared, other than the story joined, in the order commit.lua gets them. */
  others: LoadedStory[];
}

type CommitReply =
  | [outcome: "exact" | "vet", storyId: string, keyIndex: number]
  | [outcome: "new" | "join", storyId: string]
  | [outcome: "conflict", buckets: string[][], candidates: string[]];

/**
 * The index shared by every worker. Reads and the decision happen outside Redis, with the same
 * code as the offline command; commit.lua then applies the decision unless what it was made
 * from changed meanwhile (see there), and hands back the changed view to decide again from.
 * So workers racing on one story still create it once. Keys live under `${prefix}:dedup:` and
 * expire a window after their last write. A story keeps its newest reports' fingerprints, so
 * one that drifts is still found by its latest wording.
 */
export class RedisStoryIndex implements StoryIndex {
  readonly #redis: Redis;
  readonly #keys: DedupKeys;
  readonly #windowMs: number;
  /** Counted, so tests and benchmarks can see that contention stays rare. */
  readonly stats = { assignments: 0, refused: 0, forced: 0 };

  constructor(redis: Redis, opts: { prefix: string; windowMs: number }) {
    this.#redis = redis;
    this.#keys = dedupKeys(opts.prefix);
    this.#windowMs = checkWindow(opts.windowMs);
  }

  async assign(candidate: DedupCandidate, now: Date): Promise<Assignment> {
    this.stats.assignments += 1;
    const print = fingerprint(candidate);
    const text = toStoryText(print, referenceTime(candidate.published, now), candidate.feedId);
    const report: Report = {
      itemId: candidate.itemId,
      exact: exactKeys(candidate),
      bands: print.bands,
      text,
      since: text.at - this.#windowMs,
    };
    const snapshot = await readSnapshot(this.#redis, this.#keys, {
      itemId: report.itemId,
      exactKeys: report.exact,
      bands: report.bands,
      since: report.since,
    });
    const vetting: Vetting = { vouched: null, wanting: new Set() };
    for (const hit of snapshot.exactHits) if (await this.#vet(report, hit, vetting)) break;
    // Stories already loaded, kept across rounds while commit.lua reports them unchanged.
    const loaded = new Map<string, LoadedStory>();
    const exact: Decided = { decision: null, others: [] };
    let decided = vetting.vouched === null ? await this.#decide(report, snapshot.buckets, loaded) : exact;
    for (let round = 1; ; round++) {
      const forced = round > CHECKED_ROUNDS;
      if (forced) this.stats.forced += 1;
      const reply = await this.#commit(report, decided, vetting, forced);
      if (reply[0] === "vet") {
        // A key filed since the read names a story not judged yet; the decision stands unless it vouches.
        if (await this.#vet(report, { storyId: reply[1], keyIndex: reply[2] }, vetting)) decided = exact;
        continue;
      }
      if (reply[0] !== "conflict") return this.#assignment(report, decided.decision, reply);
      if (forced) throw new Error("dedup: commit.lua refused a forced commit");
      this.stats.refused += 1;
      const [, view, candidates] = reply;
      for (const [position, story] of decided.others.entries()) {
        if (candidates[position] !== storyMark(story)) loaded.delete(story.storyId);
      }
      if (decided.decision !== null) loaded.delete(decided.decision.storyId);
      decided = await this.#decide(report, view, loaded);
    }
  }

  /** Judges the story an exact key names (`vouches`); true when the report may join it as a duplicate. */
  async #vet(report: Report, hit: { storyId: string; keyIndex: number }, vetting: Vetting): Promise<boolean> {
    const [story] = hit.keyIndex === 0 ? [] : await loadStories(this.#redis, this.#keys, [hit.storyId]);
    const vouched = hit.keyIndex === 0 || (story !== undefined && vouches(report.text, story));
    if (vouched) vetting.vouched = hit.storyId;
    else vetting.wanting.add(hit.storyId);
    return vouched;
  }

  async #decide(report: Report, view: string[][], loaded: Map<string, LoadedStory>): Promise<Decided> {
    const ids = rankCandidates(view.flat());
    const missing = ids.filter((id) => !loaded.has(id));
    for (const story of await loadStories(this.#redis, this.#keys, missing)) loaded.set(story.storyId, story);
    const stories = ids.flatMap((id) => loaded.get(id) ?? []);
    const decision = fromSimilar(report.itemId, report.text, stories, this.#windowMs);
    return { decision, others: stories.filter((story) => story.storyId !== decision.storyId) };
  }

  async #commit(report: Report, decided: Decided, vetting: Vetting, forced: boolean): Promise<CommitReply> {
    const keys = this.#keys;
    const { itemId, exact, bands, text } = report;
    const { decision, others } = decided;
    const target = decision?.storyId ?? itemId;
    return (await commit(
      this.#redis,
      [
        keys.story(itemId),
        keys.story(target),
        ...exact.map(keys.exact),
        ...bands.map(keys.band),
        ...others.map((story) => keys.story(story.storyId)),
      ],
      [
        decision === null ? "exact" : decision.isNew ? "new" : "join",
        forced ? "1" : "0",
        itemId,
        target,
        JSON.stringify(text),
        MEMBER_LIMIT,
        this.#windowMs,
        text.at,
        exact.length,
        bands.length,
        others.length,
        BUCKET_LIMIT,
        CANDIDATE_LIMIT,
        report.since,
        candidatesDigest(others),
        vetting.vouched ?? "",
        [...vetting.wanting].join(" "),
        ...others.map((story) => story.storyId),
      ],
    )) as CommitReply;
  }

  #assignment(report: Report, decision: Assignment | null, reply: CommitReply): Assignment {
    const [outcome, storyId] = reply;
    if (outcome === "exact") {
      const key = reply[2] === 0 ? `item:${report.itemId}` : (report.exact[reply[2] - 1] ?? "");
      return fromExact({ key, storyId });
    }
    if (outcome === "join" && decision !== null) return decision;
    // A new story; or a forced join whose story had just expired.
    return fromSimilar(report.itemId, report.text, [], this.#windowMs);
  }
}
