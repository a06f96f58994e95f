/** The Redis keys of alerts, the WebSub hub and signals, all under the store's prefix. */
export function pushKeys(prefix: string) {
  return {
    /** Claimed once per alert, story and event (SET NX), so an event is pushed at most once. */
    alertSent: (alertId: string, storyId: string, event: string) =>
      `${prefix}:alert:sent:${alertId}:${storyId}:${event}`,
    /** Counters and last outcomes of alert and hub deliveries, one hash (see push-counters.ts). */
    pushCounters: `${prefix}:push:counters`,
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
