import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";

export interface FixtureOptions {
  feeds: number;
  itemsPerFeed: number;
  /** ISO time the generated items are published before. */
  base: string;
  /** Send ETags and answer 304 to a matching If-None-Match. */
  validators: boolean;
  /** One feed in ten carries two new items from its second request on; false: none ever changes. */
  changing?: boolean;
}

export interface FixtureCounts {
  /** How many feeds got each number of requests: {1: 9990, 2: 10} */
  histogram: Record<number, number>;
  /** firstAt[n]: when the first (n+1)-th request of any feed came, ms since the epoch. */
  firstAt: number[];
  notModified: number;
  full: number;
}

export interface FixtureServer {
  url: string;
  pid: number;
  counts(): Promise<FixtureCounts>;
  stop(): Promise<void>;
}

/** Starts the fixture server in its own process, so its CPU is not the worker's. */
export async function startFixtureServer(options: FixtureOptions): Promise<FixtureServer> {
  const child: ChildProcess = fork(
    new URL("./fixture-server.ts", import.meta.url),
    [JSON.stringify(options)],
    {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const reply = async <T>(type: string): Promise<T> => {
    for (;;) {
      const [message] = (await once(child, "message")) as [{ type: string } & Record<string, unknown>];
      if (message.type === type) return message as T;
    }
  };
  const exited = once(child, "exit").then(() => new Error("the fixture server exited before it was ready"));
  const ready = await Promise.race([reply<{ url: string }>("ready"), exited]);
  if (ready instanceof Error) throw ready;
  return {
    url: ready.url,
    pid: child.pid ?? 0,
    async counts() {
      const answer = reply<{ counts: FixtureCounts }>("counts");
      child.send({ type: "counts" });
      return (await answer).counts;
    },
    async stop() {
      const gone = once(child, "exit");
      child.disconnect();
      await gone;
    },
  };
}

/** The poll benches' feeds: 20 items each unless said otherwise, published before now, with ETags; `changing` as above. */
export const startPollFixture = (feeds: number, changing = true, itemsPerFeed = 20) =>
  startFixtureServer({ feeds, itemsPerFeed, base: new Date().toISOString(), validators: true, changing });

/** The memory benches' feeds: 20 items each, without validators, so every poll is a full one. */
export const startMemoryFixture = (feeds: number) =>
  startFixtureServer({ feeds, itemsPerFeed: 20, base: new Date().toISOString(), validators: false });
