import { describe, expect, it } from "vitest";
import type { SharedTables } from "../../src/ingest/shared-tables.ts";
import { runOneOff } from "../../src/runtime/one-off-thread.ts";
import { ThreadPool } from "../../src/runtime/thread-pool.ts";

describe("the tagger's shared tables", () => {
  it("are built in a one-off thread and read in place by a processing thread", async () => {
    const tables = await runOneOff<SharedTables>(
      new URL("../../src/ingest/shared-tables-thread.ts", import.meta.url),
    );
    const pool = new ThreadPool({
      entry: new URL("./shared-tables-reader-thread.ts", import.meta.url),
      setup: tables,
      threads: 1,
      memoryMb: 256,
    });
    try {
      const ask = (text: string, word: string) => pool.run({ text, word }, 60_000);
      expect(await ask("Die Lage im Land bleibt nach den Unruhen angespannt.", "yesterday")).toEqual({
        shared: [true, true, true],
        language: "de",
        common: true,
        places: 0,
      });
      expect(await ask("Flooding cuts off villages north of the city", "passau")).toMatchObject({
        language: "en",
        common: false,
        places: 1,
      });
    } finally {
      await pool.close();
    }
  }, 120_000);
});
