import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { PushJobData } from "../jobs/push-queue.ts";
import type { Logger } from "../log.ts";
import type { Config } from "../setup/config-schema.ts";
import type { PushKeys, StoreKeys } from "../store/keys.ts";
import type { PushLimits } from "./send.ts";

/** What the push jobs need, derived from one config; rebuilt whole when the config changes. */
export interface PushDeps {
  redis: Redis;
  store: StoreKeys;
  keys: PushKeys;
  config: Config;
  limits: PushLimits;
  /** For jobs that queue further jobs (a change queues its alerts, a publish its distributions). */
  queue: Queue<PushJobData>;
  log: Logger;
  now: () => Date;
}
