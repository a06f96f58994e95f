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
    /** An event: title, first and last seen (see store/events.ts). */
    event: (id: string) => `${prefix}:event:${id}`,
    /** An event's stories, scored by the time of their first report (ms). */
    eventStories: (id: string) => `${prefix}:event:${id}:stories`,
    /** The feeds that reported an event. */
    eventFeeds: (id: string) => `${prefix}:event:${id}:feeds`,
    /** Every event, scored by the time of its newest story (ms). */
    events: `${prefix}:idx:events`,
    index: (kind: IndexKind, value: string) => `${prefix}:idx:${kind}:${value}`,
    feedStatus: (feedId: string) => `${prefix}:feed:${feedId}`,
    /**
     * A feed's seen-set: item id → short hash of the item as last stored, for the items of the
     * last document that brought something new; see ingest/seen-items.ts.
     */
    feedSeen: (feedId: string) => `${prefix}:feed:${feedId}:seen`,
    /** Bumped whenever a story is created or changes, so caches know when to drop renderings. */
    version: `${prefix}:meta:version`,
    /** Counters the worker increments and the API's /metrics reads (one hash, one field per series). */
    metrics: `${prefix}:metrics`,
    temp: (name: string) => `${prefix}:tmp:${name}`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;

/** Every key the dedup indexes use, all under `${prefix}:dedup:`. */
export function dedupKeys(prefix: string) {
  return {
    /**
     * The dedup log: a stream of filed reports and events every worker follows (see
     * dedup/report-log.ts); the indexes themselves live in each worker's memory.
     */
    log: `${prefix}:dedup:log`,
  };
}
export type DedupKeys = ReturnType<typeof dedupKeys>;

/** The Redis keys of alerts, the WebSub hub and signals, all under the store's prefix. */
export function pushKeys(prefix: string) {
  return {
    /** Claimed once per alert, story and event (SET NX), so an event is pushed at most once. */
    alertSent: (alertId: string, storyId: string, event: string) =>
      `${prefix}:alert:sent:${alertId}:${storyId}:${event}`,
    /** Counters and last outcomes of alert and hub deliveries, one hash (see push-counters.ts). */
    pushCounters: `${prefix}:deliveries`,
    /** Hub topics with subscribers: topic URL → first subscription time. */
    hubTopics: `${prefix}:websub:topics`,
    /** Per topic: callback → subscription JSON. */
    hubSubscriptions: (topicId: string) => `${prefix}:websub:subs:${topicId}`,
    /** Per topic: callback scored by lease expiry (ms). */
    hubLeases: (topicId: string) => `${prefix}:websub:leases:${topicId}`,
    /** Per callback host: "topicId callback" members, for the per-host limit. */
    hubHost: (host: string) => `${prefix}:websub:host:${host}`,
    /** Per topic: the digest of the document last distributed. */
    hubDigest: (topicId: string) => `${prefix}:websub:digest:${topicId}`,
    /** A document waiting to be distributed, by topic and digest. */
    hubDocument: (topicId: string, digest: string) => `${prefix}:websub:doc:${topicId}:${digest}`,
    /** Held while one process looks for updated topics, so two never distribute out of order. */
    hubPublishing: `${prefix}:websub:publishing`,
    /** Per feed: since when it has been unreachable, and why (JSON); absent while it answers. */
    unreachable: `${prefix}:signal:unreachable`,
    /** Per feed: the last time it answered (ISO). */
    answered: `${prefix}:signal:answered`,
    /** Open silence episodes: country → episode JSON. */
    silences: `${prefix}:signal:silences`,
    /** The last connectivity assessment (JSON), for /readyz and the page. */
    connectivity: `${prefix}:signal:connectivity`,
  };
}

export type PushKeys = ReturnType<typeof pushKeys>;
