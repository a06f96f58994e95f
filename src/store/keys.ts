import { createHash } from "node:crypto";

/**
 * Every Redis key sitrep writes, in one place. All keys start with the prefix, so two
 * instances can share a Redis; with a hash-tagged prefix such as "{sitrep}" they all
 * land in one Redis Cluster slot, which the multi-key Lua scripts need.
 */
export type IndexKind = "feed" | "lang" | "country" | "region" | "crisis" | "custom";

export function storeKeys(prefix: string) {
  return {
    prefix,
    story: (id: string) => `${prefix}:story:${id}`,
    storySources: (id: string) => `${prefix}:story:${id}:sources`,
    /** item id → story id: a re-polled item finds its story without touching the dedup index. */
    itemStory: (itemId: string) => `${prefix}:item:${itemId}`,
    /** Every story, scored by the time of its first report (ms). */
    timeline: `${prefix}:idx:all`,
    index: (kind: IndexKind, value: string) => `${prefix}:idx:${kind}:${value}`,
    feedStatus: (feedId: string) => `${prefix}:feed:${feedId}`,
    /** Bumped whenever a story is created or changes, so caches know when to drop renderings. */
    version: `${prefix}:meta:version`,
    /** Counters the worker increments and the API's /metrics reads (one hash, one field per series). */
    metrics: `${prefix}:metrics`,
    temp: (name: string) => `${prefix}:tmp:${name}`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;

/** Every key the Redis index uses, all under `${prefix}:dedup:`. */
export function dedupKeys(prefix: string) {
  const key = (kind: string, id: string) => `${prefix}:dedup:${kind}:${id}`;
  return {
    /** The newest reports of a story, as StoryText JSON. */
    story: (storyId: string) => key("s", storyId),
    /** Hashed, because URLs and guids can be long and hold any character. */
    exact: (exactKey: string) => key("x", createHash("sha1").update(exactKey).digest("base64url")),
    /** Stories filed under a band, scored by their latest report's time. */
    band: (band: string) => key("b", band),
  };
}
export type DedupKeys = ReturnType<typeof dedupKeys>;
