import { once } from "node:events";
import { Cluster, type ClusterOptions, Redis } from "ioredis";
import { within } from "../runtime/within.ts";
import { type ClusterTarget, parseClusterUrl } from "./cluster.ts";

/** The options sitrep sets on its connections, which mean the same to one server and to a cluster. */
export interface ConnectOptions {
  maxRetriesPerRequest?: number | null;
  enableOfflineQueue?: boolean;
  commandTimeout?: number;
  enableAutoPipelining?: boolean;
}

/**
 * The one place connections are made, to one server or, for a `redis+cluster://` URL, to a
 * Redis Cluster (which follows MOVED and ASK redirects to the node that serves a key's slot).
 *
 * maxRetriesPerRequest null is what BullMQ requires of its connections, and it lets a worker
 * wait out a Redis restart: its writes queue while Redis is away and go out once it is back.
 *
 * The store's modules are typed against ioredis' single-server `Redis`; a `Cluster` has the
 * same commands, pipelines, transactions, events, `status` and `quit`, which is all they use,
 * so it is handed out under that type rather than widening the type in every module.
 */
export function connectRedis(url: string, options: ConnectOptions = {}): Redis {
  const settings = { maxRetriesPerRequest: null, enableAutoPipelining: true, ...options };
  const cluster = parseClusterUrl(url);
  if (!cluster) return new Redis(url, settings);
  return new Cluster(cluster.nodes, clusterOptions(cluster, settings)) as unknown as Redis;
}

/**
 * The offline queue and auto-pipelining belong to the cluster client (it queues while no node
 * is known, and pipelines per node); the rest applies to each node's connection.
 */
function clusterOptions(
  target: ClusterTarget,
  { enableOfflineQueue, enableAutoPipelining, ...perNode }: ConnectOptions,
): ClusterOptions {
  const { username, password, tls } = target;
  return {
    ...(enableOfflineQueue !== undefined && { enableOfflineQueue }),
    ...(enableAutoPipelining !== undefined && { enableAutoPipelining }),
    redisOptions: {
      ...perNode,
      ...(username && { username }),
      ...(password && { password }),
      ...(tls && { tls: {} }),
    },
    // Over TLS the certificate names the host, not its address: resolving the seeds up front
    // (ioredis' default) would make the handshake check the address and fail.
    ...(tls && {
      dnsLookup: (address: string, found: (error: null, address: string) => void) => found(null, address),
    }),
  };
}

/**
 * BullMQ's connections: auto-pipelining off, because BullMQ duplicates this connection for its
 * blocking commands, and a blocked BZPOPMIN would hold back every command pipelined behind it.
 */
export const FOR_BULLMQ: ConnectOptions = { enableAutoPipelining: false };

/** How long a command of a FAIL_FAST connection may wait for its reply. */
const COMMAND_TIMEOUT_MS = 2000;

/**
 * For a connection that answers people (the API), who are better served by a prompt error
 * than by a request that hangs for as long as Redis is away. While disconnected, commands fail
 * at once instead of piling up in ioredis' offline queue; commands in flight when the
 * connection drops fail instead of being replayed later; a connected Redis that does not
 * answer (a long script, a hung host) fails the command after COMMAND_TIMEOUT_MS. The
 * connection still reconnects on its own, so requests succeed again once Redis is back.
 */
export const FAIL_FAST: ConnectOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: COMMAND_TIMEOUT_MS,
};

/**
 * Resolves true once the connection is ready, false when it failed or `ms` passed first:
 * a FAIL_FAST connection refuses commands until then, so its owner waits for this at start.
 */
export function untilReady(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === "ready") return Promise.resolve(true);
  return within(
    ms,
    async (signal) => {
      await once(redis, "ready", { signal });
      return true;
    },
    false,
  );
}
