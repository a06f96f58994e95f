import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Child,
  freePort,
  pidAlive,
  processPrefix,
  start,
  tempDir,
  waitFor,
  writeConfig,
} from "../helpers/processes.ts";
import { connect, dropPrefix, REDIS_URL } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

// What an operator types: `npm start`, with npm's own PID the one they see.
const redis = connect();
const dir = tempDir("npm-start");
const prefixes: string[] = [];
let feeds: TestServer;

beforeAll(async () => {
  feeds = await startServer((_req, res) => {
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await feeds.close();
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  await redis.quit();
  dir.remove();
});

const feed = (id: string) => ({ id, url: `${feeds.url}/${id}.xml`, interval: "1h" });

async function npmStart(
  name: string,
  port: number,
): Promise<{ npm: Child; configPath: string; prefix: string }> {
  const prefix = processPrefix(name);
  prefixes.push(prefix);
  const configPath = writeConfig(`${dir.path}/${name}.json`, {
    allowPrivateHosts: ["127.0.0.1"],
    feeds: [feed("first")],
  });
  const npm = start("npm", ["start"], {
    ...process.env,
    SITREP_CONFIG: configPath,
    REDIS_URL,
    SITREP_PREFIX: prefix,
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_FORMAT: "json",
  });
  return { npm, configPath, prefix };
}

/** The service's own PID, which it logs once it runs. */
async function servicePid(npm: Child): Promise<number> {
  const line = await waitFor(
    () => /"pid":(\d+)[^\n]*"msg":"sitrep running/.exec(npm.output()),
    "the service to say it runs",
    { timeoutMs: 90_000 },
  );
  return Number(line[1]);
}

describe("npm start", () => {
  it("takes SIGHUP at the logged PID, and SIGTERM at npm's stops the service with it", {
    timeout: 120_000,
  }, async () => {
    const { npm, configPath } = await npmStart("signals", await freePort());
    const pid = await servicePid(npm);
    expect(pid).not.toBe(npm.process.pid);
    expect(npm.output()).toContain(`send SIGHUP to pid ${pid}`);

    writeConfig(configPath, { allowPrivateHosts: ["127.0.0.1"], feeds: [feed("first"), feed("second")] });
    process.kill(pid, "SIGHUP");
    await waitFor(() => /"feeds":2[^\n]*"msg":"config reloaded"/.test(npm.output()), "the reload");

    npm.process.kill("SIGTERM");
    await npm.exited;
    await waitFor(() => !pidAlive(pid), "the service to exit");
    const messages = [...npm.output().matchAll(/"msg":"(shutting down|stopped)"/g)].map((match) => match[1]);
    expect(messages).toEqual(["shutting down", "stopped"]);
    expect(npm.output()).toContain('"reason":"SIGTERM"');
  });

  it("leaves no service behind when npm itself dies of a SIGHUP", { timeout: 120_000 }, async () => {
    const { npm } = await npmStart("orphan", await freePort());
    const pid = await servicePid(npm);
    npm.process.kill("SIGHUP");
    expect(await npm.exited).toMatchObject({ signal: "SIGHUP" });
    await waitFor(() => !pidAlive(pid), "the service to stop after npm");
  });

  it("says in one line that the port is taken, before touching Redis", { timeout: 120_000 }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const { npm, prefix } = await npmStart("busy", port);
      expect(await npm.exited).toMatchObject({ code: 1 });
      const lines = npm
        .output()
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.startsWith(">"));
      expect(lines[0]).toBe(`port ${port} is in use: is another sitrep running? set PORT`);
      expect(npm.output()).not.toMatch(/EADDRINUSE|at .*\.ts:\d+/);
      expect(await redis.keys(`${prefix}*`)).toEqual([]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
