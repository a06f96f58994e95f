import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { closeInOrder } from "../../src/runtime/shutdown.ts";

describe("closeInOrder", () => {
  it("runs every step in order, giving up on one that hangs or fails, and says it was not clean", async () => {
    const events: string[] = [];
    const lines: { step?: string; msg?: string }[] = [];
    const log = pino({ level: "warn" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const clean = await closeInOrder(
      [
        {
          name: "hangs",
          close: () => new Promise(() => events.push("hangs: started")),
          abandon: () => events.push("hangs: abandoned"),
        },
        {
          name: "fails",
          close: async () => {
            events.push("fails: started");
            throw new Error("connection is closed");
          },
          abandon: () => events.push("fails: abandoned"),
        },
        {
          name: "works",
          close: async () => events.push("works: started"),
          abandon: () => events.push("works: abandoned"),
        },
      ],
      { timeoutMs: 50, log },
    );
    expect(clean).toBe(false);
    expect(events).toEqual([
      "hangs: started",
      "hangs: abandoned",
      "fails: started",
      "fails: abandoned",
      "works: started",
    ]);
    expect(lines.map((line) => [line.step, line.msg])).toEqual([
      ["hangs", "shutdown step timed out; going on"],
      ["fails", "shutdown step failed; going on"],
    ]);
  });

  it("is clean when every step finishes", async () => {
    const log = pino({ level: "silent" });
    const steps = ["worker", "queue"].map((name) => ({ name, close: async () => name }));
    expect(await closeInOrder(steps, { timeoutMs: 1000, log })).toBe(true);
  });
});
