import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis, FAIL_FAST, untilReady } from "../../src/store/redis.ts";
import { waitFor } from "../helpers/processes.ts";
import { clusterToolsMissing, type RedisCluster, startRedisCluster } from "../helpers/redis-cluster.ts";
import { feedTitles, quakeAndProtest, type SitrepOnCluster, startSitrepOnCluster } from "./on-cluster.ts";

// Only the part in braces is hashed, so every key of this run lands in the slot of this tag.
const PREFIX = `{sitrep-test-${randomUUID().slice(0, 8)}}`;
const missing = clusterToolsMissing();
const title = `sitrep on a 3-master Redis Cluster${missing ? ` (skipped: ${missing})` : ""}`;

interface FeedStatus {
  id: string;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  itemsStored: number;
}

describe.skipIf(missing !== null)(title, () => {
  let cluster: RedisCluster;
  let sitrep: SitrepOnCluster | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3 });
    sitrep = await startSitrepOnCluster(cluster, {
      prefix: PREFIX,
      entries: quakeAndProtest(new Date().toISOString()),
    });
  }, 60_000);

  afterAll(async () => {
    await sitrep?.close();
    await cluster?.stop();
  }, 30_000);

  it("seeds from a node that answers MOVED for the prefix's slot", async () => {
    const { seed, owner } = sitrep as SitrepOnCluster;
    expect(seed).not.toBe(owner);
    await expect(cluster.node(seed).get(`${PREFIX}:meta:version`)).rejects.toThrow(
      new RegExp(`^MOVED \\d+ 127\\.0\\.0\\.1:${owner}$`),
    );
  });

  it("polls, stores and serves a feed, with every key on the node that owns the slot", {
    timeout: 60_000,
  }, async () => {
    const { base, owner } = sitrep as SitrepOnCluster;
    const polled = await waitFor(
      async () => {
        const feeds = (await (await fetch(`${base}/api/feeds`)).json()) as FeedStatus[];
        return feeds.find((feed) => feed.id === "wire" && feed.lastSuccessAt !== null);
      },
      "the feed's first successful poll in /api/feeds",
      { timeoutMs: 45_000 },
    );
    expect(polled).toMatchObject({ lastStatus: 200, itemsStored: 2 });
    expect((await feedTitles(base)).sort()).toEqual([
      "Protesters gather in Almaty",
      "Strong earthquake hits Chile's coast",
    ]);
    // Filters combine index sets into temporary keys in a MULTI: these must land in the slot too.
    expect(await feedTitles(base, "?country=CL,KZ&crisis=earthquake,unrest")).toContain(
      "Strong earthquake hits Chile's coast",
    );

    const ownerNode = cluster.node(owner);
    const slot = Number(await ownerNode.call("CLUSTER", "KEYSLOT", PREFIX));
    const keysInSlot = Number(await ownerNode.call("CLUSTER", "COUNTKEYSINSLOT", slot));
    expect(keysInSlot).toBeGreaterThan(10);
    expect(await ownerNode.dbsize()).toBe(keysInSlot);
    for (const port of cluster.ports.filter((port) => port !== owner)) {
      expect(await cluster.node(port).dbsize()).toBe(0);
    }
  });

  // Last: it leaves a probe key behind and holds the owner's writes for a moment.
  it("gives the API's fail-fast connection its command timeout on the cluster's nodes", async () => {
    const { seed, owner } = sitrep as SitrepOnCluster;
    const fast = connectRedis(`redis+cluster://127.0.0.1:${seed}`, FAIL_FAST);
    fast.on("error", () => {});
    const ownerNode = cluster.node(owner);
    try {
      expect(await untilReady(fast, 10_000)).toBe(true);
      expect(await fast.incr(`${PREFIX}:tmp:probe`)).toBe(1);
      // Writes then wait on the owner far past the timeout; CLIENT UNPAUSE is no write, so it still runs.
      await ownerNode.call("CLIENT", "PAUSE", 60_000, "WRITE");
      await expect(fast.incr(`${PREFIX}:tmp:probe`)).rejects.toThrow(/timed out/);
    } finally {
      await ownerNode.call("CLIENT", "UNPAUSE");
      fast.disconnect();
    }
  });
});
