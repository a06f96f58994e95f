import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { PushJobData } from "../jobs/push-queue.ts";
import type { PollJobData } from "../jobs/queue.ts";
import type { Logger } from "../log.ts";
import type { Config } from "../setup/config-schema.ts";
import type { StoreKeys } from "../store/keys.ts";
import type { SearchLimits } from "./search-limit.ts";

/** What the HTTP layer needs; built once at start and passed down, never read from globals. */
export interface ApiDeps {
  redis: Redis;
  keys: StoreKeys;
  /** The current config: a getter, because SIGHUP may swap it while the server runs. */
  config: () => Config;
  log: Logger;
  now: () => Date;
  /** Base for self links when running behind a proxy; otherwise taken from each request. */
  publicUrl: string | null;
  /**
   * Without publicUrl, the hosts ("host" or "host:port") a request may name to get self links on its own
   * origin (loopback names always may); a request naming another gets links on the first of these.
   */
  publicHosts?: readonly string[];
  /** Answers whether the queue is reachable, for /readyz. */
  queueReady: () => Promise<boolean>;
  /** The poll queue: its depth goes to /metrics, and admins may inspect it and add polls. */
  queue?: Queue<PollJobData> | null;
  /** The push queue, where the WebSub hub queues verifications; without it POST /websub answers 503. */
  pushQueue?: Queue<PushJobData> | null;
  /** Enables the admin routes (Bull Board, poll now); without it (or without a queue) they answer 404. */
  adminToken?: string | null;
  /** Uncached text searches per client (DEFAULT_SEARCH_LIMITS when left out; TRUST_PROXY sets trustedProxies). */
  searchLimits?: SearchLimits;
  /** How long POST /admin/feeds/:id/poll waits for a worker to run the poll (default 45 s). */
  pollNowWaitMs?: number;
}
