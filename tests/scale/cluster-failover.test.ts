import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../helpers/processes.ts";
import { clusterToolsMissing, type RedisCluster, startRedisCluster } from "../helpers/redis-cluster.ts";
import { feedTitles, quakeAndProtest, type SitrepOnCluster, startSitrepOnCluster } from "./on-cluster.ts";

const PREFIX = `{sitrep-test-${randomUUID().slice(0, 8)}}`;
const ADMIN_TOKEN = "cluster-failover-test-token";
const missing = clusterToolsMissing();
const title = `sitrep when the master of its slot dies${missing ? ` (skipped: ${missing})` : ""}`;

describe.skipIf(missing !== null)(title, () => {
  const reports = quakeAndProtest(new Date().toISOString());
  const titles = reports.map((report) => report.title);
  // The feed starts with the first report; the second comes after the failover.
  const entries = reports.slice(0, 1);
  let cluster: RedisCluster;
  let sitrep: SitrepOnCluster | undefined;

  beforeAll(async () => {
    // A short node timeout, so the replicas notice the dead master within seconds.
    cluster = await startRedisCluster({ masters: 3, replicas: 1, nodeTimeoutMs: 2000 });
    sitrep = await startSitrepOnCluster(cluster, { prefix: PREFIX, entries, adminToken: ADMIN_TOKEN });
  }, 60_000);

  afterAll(async () => {
    await sitrep?.close();
    await cluster?.stop();
  }, 30_000);

  it("serves and polls again once a replica has taken over the slot", { timeout: 90_000 }, async () => {
    const { base } = sitrep as SitrepOnCluster;
    const served = (count: number) => async () => {
      const now = await feedTitles(base);
      return now.length === count && now.sort();
    };
    await waitFor(served(1), "the first poll's story in /feed.json", { timeoutMs: 30_000 });
    const master = await cluster.ownerOf(PREFIX);
    // The story must be on the replica before its master dies, or the promotion would lose it.
    const replicated = async () => {
      const info = String(await cluster.node(master).call("INFO", "replication"));
      const offset = /master_repl_offset:(\d+)/.exec(info)?.[1];
      return /slave0:.*offset=(\d+)/.exec(info)?.[1] === offset;
    };
    await waitFor(replicated, "the replica to catch up with its master", { timeoutMs: 10_000 });

    await cluster.kill(master);
    const promoted = await waitFor(
      async () => {
        const owner = await cluster.ownerOf(PREFIX);
        return owner !== master && owner;
      },
      "a replica to be promoted",
      { timeoutMs: 30_000 },
    );
    expect(cluster.ports).toContain(promoted);
    expect(await waitFor(served(1), "/feed.json again")).toEqual(titles.slice(0, 1));

    // A poll requested through the API goes through the queue on the new master to the worker.
    entries.push(...reports.slice(1));
    const requested = await fetch(`${base}/admin/feeds/wire/poll`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    // 200 once the worker polled it (the answer says how), 202 if no worker took it in time.
    expect([200, 202]).toContain(requested.status);
    expect(await waitFor(served(2), "the new story", { timeoutMs: 30_000 })).toEqual(titles.sort());
  });
});
