import { describe, expect, it } from "vitest";
import { processPrefix, start, tempDir, waitFor, writeConfig } from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";

describe("logs for a person at a terminal", () => {
  it("are readable lines, a failed reload lists each problem on its own line", {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir("logs");
    const prefix = processPrefix("logs");
    const redis = connect();
    const configPath = writeConfig(`${dir.path}/config.json`, { feeds: [] });
    // A terminal is what "auto" looks for; the test's pipe is not one, so it asks for pretty lines.
    const worker = start(process.execPath, ["--import", "tsx", "src/main.ts", "worker"], {
      ...process.env,
      SITREP_CONFIG: configPath,
      REDIS_URL,
      SITREP_PREFIX: prefix,
      LOG_FORMAT: "pretty",
      NO_COLOR: "1",
    });
    try {
      await waitFor(() => worker.output().includes("INFO (sitrep): sitrep running"), "the start", {
        timeoutMs: 90_000,
      });
      writeConfig(configPath, { feeds: [{ id: "Bad Id", url: "ftp://example.org/feed" }] });
      worker.process.kill("SIGHUP");
      await waitFor(() => worker.output().includes("ERROR (sitrep): config reload failed"), "the refusal");
      const lines = worker.output().split("\n");
      expect(lines).toContainEqual(expect.stringMatching(/^\s+"feeds\[0\]\.id: must be a slug[^"]*",?$/));
      expect(lines).toContainEqual(
        expect.stringMatching(/^\s+"feeds\[0\]\.url: must be an http\(s\) URL",?$/),
      );
      expect(lines.filter((line) => line.startsWith("{"))).toEqual([]);

      worker.process.kill("SIGTERM");
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      const order = lines
        .concat(worker.output().split("\n"))
        .filter((line) => /: (shutting down|stopped)$/.test(line));
      expect(order.map((line) => line.replace(/^.*: /, ""))).toEqual(["shutting down", "stopped"]);
    } finally {
      worker.process.kill("SIGKILL");
      await dropPrefix(redis, prefix);
      await redis.quit();
      dir.remove();
    }
  });
});
