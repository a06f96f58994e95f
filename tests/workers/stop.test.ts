import { describe, expect, it } from "vitest";
import {
  processPrefix,
  spawnSitrep,
  startRedisServer,
  tempDir,
  waitFor,
  writeConfig,
} from "../helpers/processes.ts";
import { startServer } from "../helpers/server.ts";

describe("SIGTERM to a worker process whose Redis is gone", () => {
  it("exits by itself, logging that it stopped", async () => {
    const dir = tempDir("stop");
    const own = await startRedisServer();
    // The feed never answers, so a poll is in flight when the signal comes.
    const feeds = await startServer(() => {});
    const configPath = writeConfig(`${dir.path}/config.json`, {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [{ id: "silent", url: `${feeds.url}/silent.xml`, interval: "1h" }],
    });
    const worker = await spawnSitrep("worker", {
      configPath,
      redisUrl: own.url,
      prefix: processPrefix("stop"),
    });
    try {
      await own.stop();
      await waitFor(
        () => worker.output().includes('"msg":"queue error"'),
        "the worker to notice Redis is gone",
      );
      worker.signal("SIGTERM");
      // A process that hung here would fail the test on its timeout; nothing else kills it.
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      expect(worker.output()).toContain('"msg":"stopped"');
    } finally {
      await worker.stop("SIGKILL");
      await feeds.close();
      dir.remove();
    }
  });
});
