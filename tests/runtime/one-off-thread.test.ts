import { describe, expect, it } from "vitest";
import { runOneOff } from "../../src/runtime/one-off-thread.ts";

const entry = (name: string) => new URL(`./one-off/${name}.ts`, import.meta.url);

describe("runOneOff", () => {
  it("resolves with what the thread posted, its shared memory still shared", async () => {
    const answer = await runOneOff<Int32Array>(entry("answers"));
    expect([...answer]).toEqual([7, 7]);
    expect(answer.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("rejects with the thread's error", async () => {
    await expect(runOneOff(entry("throws"))).rejects.toThrow("the data files are missing");
  });

  it("rejects when the thread ends without an answer", async () => {
    await expect(runOneOff(entry("silent"))).rejects.toThrow(/ended with code 0 and no answer/);
  });
});
