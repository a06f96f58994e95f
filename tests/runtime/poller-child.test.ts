import { afterAll, describe, expect, it } from "vitest";
import { pidAlive, processPrefix, spawnSitrep, tempDir, waitFor, writeConfig } from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";

// `npm start` polls in a child process; the two live and die together.
const redis = connect();
const dir = tempDir("poller-child");
const prefixes: string[] = [];
afterAll(async () => {
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

async function startAll(name: string) {
  const prefix = processPrefix(name);
  prefixes.push(prefix);
  const configPath = writeConfig(`${dir.path}/${name}.json`, { feeds: [] });
  const sitrep = await spawnSitrep("all", { configPath, redisUrl: REDIS_URL, prefix });
  const line = await waitFor(
    () => /"pollerPid":(\d+)[^\n]*"msg":"sitrep running/.exec(sitrep.output()),
    "the start",
  );
  return { sitrep, poller: Number(line[1]) };
}

describe("npm start's poller process", () => {
  it("dying makes sitrep say so and exit non-zero, for its supervisor to restart it", {
    timeout: 120_000,
  }, async () => {
    const { sitrep, poller } = await startAll("dies");
    expect(poller).not.toBe(sitrep.pid);
    process.kill(poller, "SIGKILL");
    expect(await sitrep.exited).toEqual({ code: 1, signal: null });
    expect(sitrep.output()).toMatch(/"exit":"signal SIGKILL"[^\n]*"msg":"the poller process died/);
  });

  it("stops with sitrep on SIGTERM, and on its own when sitrep is killed outright", {
    timeout: 120_000,
  }, async () => {
    const first = await startAll("term");
    await first.sitrep.stop("SIGTERM");
    expect(await first.sitrep.exited).toEqual({ code: 0, signal: null });
    expect(pidAlive(first.poller)).toBe(false);
    expect(first.sitrep.output()).toContain('"msg":"poller stopped"');
    expect(first.sitrep.output()).not.toContain("the poller process died");

    const second = await startAll("killed");
    second.sitrep.signal("SIGKILL");
    await waitFor(() => !pidAlive(second.poller), "the poller to stop after its parent", {
      timeoutMs: 30_000,
    });
  });
});
