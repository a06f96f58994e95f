import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookUp, packStringMap, packStrings, stringAt } from "../../src/text/shared-string-map.ts";

describe("packStringMap", () => {
  it("answers what a Map of the same entries answers, for keys it has and keys it lacks", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ unit: "binary" }), fc.integer()), { selector: ([key]) => key }),
        fc.array(fc.string({ unit: "binary" })),
        (entries, others) => {
          const map = new Map(entries);
          const packed = packStringMap(entries);
          for (const key of [...map.keys(), ...others]) expect(lookUp(packed, key)).toBe(map.get(key));
        },
      ),
    );
  });

  it("lives in shared memory, so a thread it is handed to reads the same bytes", () => {
    const packed = packStringMap([["passau", 1]]);
    for (const array of [packed.keys.chars, packed.keys.starts, packed.values, packed.slots])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

describe("packStrings", () => {
  it("gives each string back as it was, astral and empty ones too", () => {
    const list = ["Якутск", "", "Köln", "𝔘nicode", "Saint-Paul and Amsterdam Islands"];
    const packed = packStrings(list);
    expect(list.map((_, index) => stringAt(packed, index))).toEqual(list);
  });
});
