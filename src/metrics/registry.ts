import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { readPushCounters, WEBSUB_OUTCOMES } from "../push/push-counters.ts";
import { pushKeys, type StoreKeys } from "../store/keys.ts";
import { countSubscriptions } from "../websub/subscriptions.ts";
import { type CounterSnapshot, POLL_ERROR_REASONS, POLL_OUTCOMES, readCounters } from "./counters.ts";

export interface MetricSources {
  redis: Redis;
  keys: StoreKeys;
  /** The poll queue, for its depth; null where the API runs without one. */
  queue: Queue | null;
}

export interface ApiMetrics {
  registry: Registry;
  /** Observed by the API's request middleware; the only metric kept in this process's memory. */
  requestDuration: Histogram<"method" | "route" | "status">;
}

const QUEUE_STATES = ["waiting", "active", "delayed", "prioritized", "failed"] as const;

/** One Redis read per scrape, however many metrics need it: collect() callbacks run concurrently. */
function perScrape<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().finally(() => {
      pending = null;
    });
    return pending;
  };
}

/**
 * The API's Prometheus registry. Worker-side counters are read from Redis at scrape time
 * (collect callbacks), so every API replica reports the same totals.
 */
export function createApiMetrics(sources: MetricSources): ApiMetrics {
  const registry = new Registry();
  const counters = perScrape(() => readCounters(sources.redis, sources.keys));
  const fromCounters = (fill: (metric: Counter<string>, snapshot: CounterSnapshot) => void) =>
    async function collect(this: Counter<string>) {
      const snapshot = await counters();
      this.reset();
      fill(this, snapshot);
    };

  new Counter({
    name: "sitrep_polls_total",
    help: "Feed polls finished, by outcome (stored, not-modified, skipped, failed).",
    labelNames: ["outcome"],
    registers: [registry],
    collect: fromCounters((metric, { polls }) => {
      for (const outcome of POLL_OUTCOMES) metric.inc({ outcome }, polls[outcome]);
    }),
  });
  new Counter({
    name: "sitrep_poll_errors_total",
    help: "Failed poll attempts, by reason (the fetcher's error code, parse or other).",
    labelNames: ["reason"],
    registers: [registry],
    collect: fromCounters((metric, { pollErrors }) => {
      for (const reason of POLL_ERROR_REASONS) metric.inc({ reason }, pollErrors[reason]);
    }),
  });
  new Counter({
    name: "sitrep_items_ingested_total",
    help: "Feed items stored for the first time (creating a story or joining one).",
    registers: [registry],
    collect: fromCounters((metric, snapshot) => metric.inc(snapshot.itemsIngested)),
  });
  new Counter({
    name: "sitrep_dedup_merges_total",
    help: "Items that joined a story another item had created.",
    registers: [registry],
    collect: fromCounters((metric, snapshot) => metric.inc(snapshot.dedupMerges)),
  });
  const push = pushKeys(sources.keys.prefix);
  const pushCounters = perScrape(() => readPushCounters(sources.redis, push));
  new Counter({
    name: "sitrep_alert_deliveries_total",
    help: "Alert webhook delivery attempts, by alert id and outcome (delivered, failed; a retried delivery counts each failure).",
    labelNames: ["alert", "outcome"],
    registers: [registry],
    async collect() {
      const { alerts } = await pushCounters();
      this.reset();
      for (const [alert, status] of Object.entries(alerts)) {
        this.inc({ alert, outcome: "delivered" }, status.delivered);
        this.inc({ alert, outcome: "failed" }, status.failed);
      }
    },
  });
  new Counter({
    name: "sitrep_websub_total",
    help: "WebSub hub events: verified and refused (un)subscriptions, delivered and failed distribution attempts.",
    labelNames: ["outcome"],
    registers: [registry],
    async collect() {
      const { websub } = await pushCounters();
      this.reset();
      for (const outcome of WEBSUB_OUTCOMES) this.inc({ outcome }, websub[outcome]);
    },
  });
  new Gauge({
    name: "sitrep_websub_subscriptions",
    help: "WebSub subscriptions held, over every topic.",
    registers: [registry],
    async collect() {
      this.set(await countSubscriptions(sources.redis, push));
    },
  });
  new Gauge({
    name: "sitrep_stories",
    help: "Stories currently stored.",
    registers: [registry],
    async collect() {
      this.set(await sources.redis.zcard(sources.keys.timeline));
    },
  });
  const queue = sources.queue;
  if (queue) {
    new Gauge({
      name: "sitrep_queue_jobs",
      help: "Jobs in the poll queue, by state.",
      labelNames: ["state"],
      registers: [registry],
      async collect() {
        const counts = await queue.getJobCounts(...QUEUE_STATES);
        for (const state of QUEUE_STATES) this.set({ state }, counts[state] ?? 0);
      },
    });
  }
  const requestDuration = new Histogram({
    name: "sitrep_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method, route pattern and status.",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  collectDefaultMetrics({ register: registry });
  return { registry, requestDuration };
}
