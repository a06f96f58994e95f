import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { freePort, tempDir, waitFor } from "./processes.ts";

const run = promisify(execFile);

export interface RedisCluster {
  /** Every node's port, masters and replicas. */
  ports: number[];
  /** The ports of the nodes that serve slots now, as the cluster itself reports. */
  masters(): Promise<number[]>;
  /** The port of the master that serves the slot `key` hashes to now. */
  ownerOf(key: string): Promise<number>;
  /** A plain single-node connection (one per node), which does not follow redirects. */
  node(port: number): Redis;
  /** Kills one node outright (SIGKILL), as a crashed host would vanish. */
  kill(port: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterShape {
  masters?: number;
  /** Replicas per master: with one, the cluster fails over when a master dies. */
  replicas?: number;
  /** How long a node may be unreachable before the others count it as failed. */
  nodeTimeoutMs?: number;
}

type SlotRange = [first: number, last: number, master: [host: string, port: number], ...replicas: unknown[]];

/** Why a cluster cannot be started here (a binary is missing), or null when it can. */
export function clusterToolsMissing(): string | null {
  for (const binary of ["redis-server", "redis-cli"]) {
    if (spawnSync(binary, ["--version"]).error) return `${binary} is not installed`;
  }
  return null;
}

/** OS-picked ports, all distinct: each node needs a client port and a cluster bus port. */
async function distinctPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function clusterState(port: number): Promise<string> {
  const probe = new Redis(port, "127.0.0.1", {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return /^cluster_state:(\w+)/m.exec(String(await probe.call("CLUSTER", "INFO")))?.[1] ?? "unknown";
  } finally {
    probe.disconnect();
  }
}

function ended(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function signal(child: ChildProcess, name: NodeJS.Signals): Promise<void> {
  if (ended(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(name);
  await exited;
}

/**
 * A throw-away Redis Cluster without persistence, on loopback, made the way an operator would:
 * cluster-enabled servers joined by `redis-cli --cluster create`.
 */
export async function startRedisCluster({
  masters = 3,
  replicas = 0,
  nodeTimeoutMs = 15_000,
}: ClusterShape = {}): Promise<RedisCluster> {
  const dir = tempDir("cluster");
  const count = masters * (1 + replicas);
  const allPorts = await distinctPorts(count * 2);
  const ports = allPorts.slice(0, count);
  const children: ChildProcess[] = [];
  const orphaned = () => {
    for (const child of children) child.kill("SIGKILL");
  };
  process.once("exit", orphaned);
  const clients = new Map<number, Redis>();
  const stop = async () => {
    for (const client of clients.values()) client.disconnect();
    await Promise.all(children.map((child) => signal(child, "SIGTERM")));
    process.off("exit", orphaned);
    dir.remove();
  };
  try {
    ports.forEach((port, index) => {
      const args = [
        ["--port", String(port)],
        ["--cluster-port", String(allPorts[count + index])],
        ["--bind", "127.0.0.1"],
        ["--cluster-enabled", "yes"],
        ["--cluster-config-file", join(dir.path, `nodes-${port}.conf`)],
        ["--cluster-node-timeout", String(nodeTimeoutMs)],
        ["--dir", dir.path],
        ["--save", ""],
        ["--appendonly", "no"],
      ].flat();
      children.push(spawn("redis-server", args, { stdio: "ignore" }));
    });
    for (const port of ports) {
      await waitFor(() => clusterState(port), `redis-server on port ${port}`, { timeoutMs: 10_000 });
    }
    const create = ["--cluster", "create", ...ports.map((port) => `127.0.0.1:${port}`)];
    await run("redis-cli", [...create, "--cluster-replicas", String(replicas), "--cluster-yes"], {
      timeout: 30_000,
    });
    for (const port of ports) {
      await waitFor(async () => (await clusterState(port)) === "ok", `cluster_state:ok on port ${port}`, {
        timeoutMs: 20_000,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const node = (port: number) => {
    let client = clients.get(port);
    if (!client) {
      client = new Redis(port, "127.0.0.1", { maxRetriesPerRequest: 0 });
      client.on("error", () => {});
      clients.set(port, client);
    }
    return client;
  };
  /** The first answer of a node still running: any node can say how the cluster is laid out. */
  const ask = async (command: string[]): Promise<unknown> => {
    for (const [index, port] of ports.entries()) {
      if (ended(children[index] as ChildProcess)) continue;
      const reply = await node(port)
        .call(command[0] as string, ...command.slice(1))
        .catch(() => null);
      if (reply !== null) return reply;
    }
    throw new Error(`no node of the cluster answers ${command.join(" ")}`);
  };
  const slots = async () => (await ask(["CLUSTER", "SLOTS"])) as SlotRange[];
  return {
    ports,
    node,
    async masters() {
      return [...new Set((await slots()).map((range) => range[2][1]))];
    },
    async ownerOf(key) {
      const slot = Number(await ask(["CLUSTER", "KEYSLOT", key]));
      const range = (await slots()).find(([first, last]) => first <= slot && slot <= last);
      if (!range) throw new Error(`no master serves slot ${slot}`);
      return range[2][1];
    },
    async kill(port) {
      const child = children[ports.indexOf(port)];
      if (child) await signal(child, "SIGKILL");
    },
    stop,
  };
}
