import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { HostLimiter } from "../../src/fetch/host-limiter.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ENGLISH_RSS, testLimits } from "./fixtures/feeds.ts";

let server: TestServer;
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
  server = await startServer(async (_req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 30));
    inFlight -= 1;
    res.writeHead(200).end(ENGLISH_RSS);
  });
});
afterAll(() => server.close());

/** A promise plus the means to settle it from outside, to hold tasks open as long as a test needs. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("HostLimiter", () => {
  it("never has more than N requests in flight to one host, and does reach N", async () => {
    const limiter = new HostLimiter(3);
    const host = new URL(server.url).host;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => limiter.run(host, () => fetchFeed(server.url, null, testLimits()))),
    );
    expect(results.every((result) => result.kind === "ok")).toBe(true);
    expect(peak).toBe(3);
    expect(limiter.busyHosts).toBe(0);
  });

  it("starts waiting tasks in arrival order", async () => {
    const limiter = new HostLimiter(1);
    const first = gate();
    const order: number[] = [];
    const running = [
      limiter.run("a.example", async () => {
        await first.opened;
        order.push(0);
      }),
      ...[1, 2, 3].map((n) => limiter.run("a.example", async () => void order.push(n))),
    ];
    first.open();
    await Promise.all(running);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("limits each host separately, ignoring case", async () => {
    const limiter = new HostLimiter(1);
    const held = gate();
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await held.opened;
    };
    const running = [
      limiter.run("A.example", task("a1")),
      limiter.run("a.example", task("a2")),
      limiter.run("b.example", task("b1")),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(["a1", "b1"]);
    expect(limiter.busyHosts).toBe(2);
    held.open();
    await Promise.all(running);
    expect(started).toEqual(["a1", "b1", "a2"]);
  });

  it("frees the slot when a task throws, and passes the error on", async () => {
    const limiter = new HostLimiter(1);
    await expect(
      limiter.run("c.example", () => {
        throw new Error("sync failure");
      }),
    ).rejects.toThrow("sync failure");
    await expect(limiter.run("c.example", () => Promise.reject(new Error("async failure")))).rejects.toThrow(
      "async failure",
    );
    expect(await limiter.run("c.example", async () => "still works")).toBe("still works");
    expect(limiter.busyHosts).toBe(0);
  });

  it("rejects a limit below one", () => {
    expect(() => new HostLimiter(0)).toThrow(RangeError);
    expect(() => new HostLimiter(1.5)).toThrow(RangeError);
  });
});
