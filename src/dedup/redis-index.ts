import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { luaScript } from "../store/script.ts";
import { BUCKET_LIMIT, fromExact, fromSimilar, MEMBER_LIMIT, rankCandidates } from "./decide.ts";
import { fingerprint } from "./fingerprint.ts";
import { type DedupKeys, dedupKeys, loadStories, readSnapshot } from "./redis-reads.ts";
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

/** Twenty workers racing on one story settle in a few rounds; this many means something is wrong. */
const MAX_ATTEMPTS = 40;

/**
 * The index shared by every worker. Reads and the decision happen outside Redis, with the same
 * code as the offline command; commit.lua then applies the decision only if nothing it rested on
 * changed (a new story: no exact key taken and no band written meanwhile), else the worker reads
 * again. So workers racing on one story still create it once. Keys live under `${prefix}:dedup:`
 * and expire a window after their last write. A story keeps its newest reports' fingerprints,
 * so one that drifts is still found by its latest wording.
 */
export class RedisStoryIndex implements StoryIndex {
  readonly #redis: Redis;
  readonly #keys: DedupKeys;
  readonly #windowMs: number;

  constructor(redis: Redis, opts: { prefix: string; windowMs: number }) {
    this.#redis = redis;
    this.#keys = dedupKeys(opts.prefix);
    this.#windowMs = checkWindow(opts.windowMs);
  }

  async assign(candidate: DedupCandidate, now: Date): Promise<Assignment> {
    const print = fingerprint(candidate);
    const text = toStoryText(print, referenceTime(candidate.published, now));
    const keys = exactKeys(candidate);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const assignment = await this.#attempt(candidate.itemId, keys, print.bands, text, now);
      if (assignment !== null) return assignment;
      await sleep(Math.random() * 2 * attempt);
    }
    throw new Error(`dedup: item ${candidate.itemId} lost ${MAX_ATTEMPTS} races with other writers in a row`);
  }

  async #attempt(itemId: string, exact: string[], bands: string[], text: StoryText, now: Date) {
    const keys = this.#keys;
    const versionKeys = [...new Set(bands.map(keys.version))];
    const since = text.at - this.#windowMs;
    const snapshot = await readSnapshot(this.#redis, keys, {
      itemId,
      exactKeys: exact,
      versionKeys,
      bands,
      since,
    });
    let assignment: Assignment;
    let mode: "exact" | "new" | "join";
    if (snapshot.exactHit !== null) {
      assignment = fromExact(snapshot.exactHit);
      mode = "exact";
    } else {
      const stories = await loadStories(this.#redis, keys, rankCandidates(snapshot.bandHits));
      assignment = fromSimilar(itemId, text, stories, this.#windowMs);
      mode = assignment.isNew ? "new" : "join";
    }
    const outcome = await commit(
      this.#redis,
      [keys.story(assignment.storyId), ...exact.map(keys.exact), ...versionKeys, ...bands.map(keys.band)],
      [
        mode,
        assignment.storyId,
        JSON.stringify(text),
        MEMBER_LIMIT,
        this.#windowMs,
        text.at,
        now.getTime(),
        exact.length,
        versionKeys.length,
        bands.length,
        BUCKET_LIMIT,
        randomUUID(),
        ...snapshot.exactValues,
        ...snapshot.versions,
      ],
    );
    return outcome === "ok" ? assignment : null;
  }
}
