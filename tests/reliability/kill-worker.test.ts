import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, POLL_JOB } from "../../src/jobs/queue.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
import { rssFeed } from "../helpers/feeds.ts";
import {
  processPrefix,
  redisOptions,
  type SitrepProcess,
  spawnSitrep,
  tempDir,
  waitFor,
  writeConfig,
} from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const prefix = processPrefix("kill");
const keys = storeKeys(prefix);
const redis = connect();
const dir = tempDir("kill");
const queue = createQueue(redisOptions(REDIS_URL), prefix);
const held: ServerResponse[] = [];
let requests = 0;
let server: TestServer;
const workers: SitrepProcess[] = [];

const entries = [
  {
    id: "mine",
    title: "Rescuers reach miners trapped after a shaft collapse in the east",
    summary: "Eleven workers were brought to the surface overnight; two are in hospital.",
  },
  {
    id: "bridge",
    title: "River crossing closed after cracks appear in the old road bridge",
    summary: "Engineers will inspect the piers before any traffic is allowed back.",
  },
  {
    id: "clinic",
    title: "Mobile clinics start cholera vaccinations in the camps",
    summary: "Health workers aim to reach forty thousand people within two weeks.",
  },
].map((entry) => ({ ...entry, published: new Date(Date.now() - 3_600_000).toISOString() }));

beforeAll(async () => {
  // The first request is held open, so the worker that sent it is killed with the job in hand.
  server = await startServer((_req, res) => {
    requests += 1;
    if (requests === 1) held.push(res);
    else res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed("Desk", entries));
  });
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await server.close();
  await queue.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

describe("a worker killed in the middle of a job", () => {
  it("has its job recovered by another worker, and the items stored exactly once", async () => {
    const configPath = writeConfig(`${dir.path}/config.json`, {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [{ id: "desk", url: `${server.url}/desk.xml`, interval: "1h" }],
    });
    const options = {
      configPath,
      redisUrl: REDIS_URL,
      prefix,
      entry: "tests/reliability/short-lock-worker.ts",
    };
    const first = await spawnSitrep("worker", options);
    workers.push(first);
    await waitFor(() => held.length === 1, "the first worker's request to arrive");
    first.signal("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    const pollsIn = async (state: "active" | "completed" | "failed") =>
      (await queue.getJobs([state])).filter((job) => job.name === POLL_JOB);
    const [stalled] = await pollsIn("active");
    expect(stalled).toBeDefined();

    workers.push(await spawnSitrep("worker", options));
    const [job] = await waitFor(
      async () => {
        const done = await pollsIn("completed");
        return done.length > 0 && done;
      },
      "the stalled job to be completed by the second worker",
      { timeoutMs: 30_000 },
    );
    expect(job?.id, "the killed worker's job itself, not a new one").toBe(stalled?.id);
    expect(job?.returnvalue).toMatchObject({ kind: "stored", items: 3, created: 3 });

    expect(await redis.zcard(keys.timeline)).toBe(3);
    expect(await redis.zcard(keys.index("feed", "desk"))).toBe(3);
    expect(await readStatus(redis, keys, "desk")).toMatchObject({ itemsStored: 3, consecutiveFailures: 0 });
    // The killed attempt and the recovered one: the job ran again, it was not scheduled twice.
    expect(requests).toBe(2);
    expect(await pollsIn("failed")).toEqual([]);
    expect(await pollsIn("completed")).toHaveLength(1);
    expect(await pollsIn("active")).toEqual([]);
  }, 240_000);
});
