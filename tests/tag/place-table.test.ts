import { describe, expect, it } from "vitest";
import { ThreadPool } from "../../src/runtime/thread-pool.ts";
import type { Place } from "../../src/tag/gazetteer.ts";
import { buildPlaceIndex } from "../../src/tag/gazetteer-build.ts";
import { packPlaceIndex, readPlaceTable } from "../../src/tag/place-table.ts";

describe("the gazetteer's shared place table", () => {
  const index = buildPlaceIndex();
  const table = packPlaceIndex(index);

  it("answers every look-up the index it was packed from answers, one object per place", () => {
    const read = readPlaceTable(table);
    // Each place of the index must come back as one and the same object wherever it is listed.
    const objectOf = new Map<Place, Place>();
    const same = (expected: readonly Place[], got: readonly Place[] | undefined) => {
      expect(got).toEqual(expected);
      expected.forEach((place, at) => {
        const object = got?.[at] as Place;
        expect(Object.keys(object)).toEqual(Object.keys(place));
        expect(objectOf.get(place) ?? object).toBe(object);
        objectOf.set(place, object);
      });
    };
    expect(index.names.size).toBeGreaterThan(10_000);
    for (const [key, places] of index.names) same(places, read.byName(key));
    for (const [key, places] of index.skeletons) same(places, read.bySkeleton(key));
    for (const [word, words] of index.longest) expect(read.longestFrom(word)).toBe(words);
    // The same key asked twice gives the same list.
    expect(read.byName("passau")).toBe(read.byName("passau"));
    for (const absent of ["", "nowhere at all", "Passau", "passau "]) {
      expect(read.byName(absent)).toBeUndefined();
      expect(read.bySkeleton(absent)).toBeUndefined();
      expect(read.longestFrom(absent)).toBe(0);
    }
  });

  it("is read in place by a processing thread, not copied", async () => {
    const pool = new ThreadPool({
      entry: new URL("./table-reader-thread.ts", import.meta.url),
      setup: table,
      threads: 1,
      memoryMb: 256,
    });
    try {
      expect(await pool.run("passau", 60_000)).toEqual({ shared: true, places: index.names.get("passau") });
    } finally {
      await pool.close();
    }
  });
});
