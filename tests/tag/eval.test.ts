import { describe, expect, it } from "vitest";
import type { Tags } from "../../src/model/tags.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { regionsOf } from "../../src/tag/regions.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import { type Field, loadEvalSet, mistakes, type Score, score } from "./eval-set.ts";

type Floor = { precision: number; recall: number; f1: number };

/**
 * Floors chosen before tuning from the issue's aims, precision held above recall. The holdout set
 * has lower floors: it was written after the lexicons and never tuned against, so it shows what
 * unseen place names and phrasings cost.
 */
const FLOORS: Record<"eval" | "holdout", Record<Field, Floor>> = {
  eval: {
    countries: { precision: 0.95, recall: 0.92, f1: 0.95 },
    regions: { precision: 0.95, recall: 0.92, f1: 0.95 },
    crises: { precision: 0.92, recall: 0.88, f1: 0.9 },
  },
  holdout: {
    countries: { precision: 0.85, recall: 0.8, f1: 0.85 },
    regions: { precision: 0.85, recall: 0.8, f1: 0.85 },
    crises: { precision: 0.8, recall: 0.7, f1: 0.75 },
  },
};

const tag = createTagger(TaggingSchema.parse({}));
const format = (label: string, s: Score) =>
  `${label.padEnd(18)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

for (const set of ["eval", "holdout"] as const) {
  const items = loadEvalSet(set);
  const results = items.map((item) => {
    const expected = { countries: item.countries, crises: item.crises, regions: regionsOf(item.countries) };
    const tags: Tags = tag({
      title: item.title,
      summary: item.summary,
      language: item.language,
      feed: item.feed,
    });
    return { item, expected, tags };
  });

  describe(`tagging ${set} set`, () => {
    it("covers five languages with a quarter of hard negatives", () => {
      expect(new Set(items.map((item) => item.language))).toEqual(new Set(["en", "de", "ru", "fr", "es"]));
      expect(items.filter((item) => item.hard).length / items.length).toBeGreaterThanOrEqual(0.25);
      if (set === "eval") expect(items.length).toBeGreaterThanOrEqual(150);
    });

    for (const field of ["countries", "regions", "crises"] as const) {
      it(`meets the ${field} floor`, () => {
        const result = score(
          results.map(({ expected, tags }) => ({ expected: expected[field], actual: tags[field] })),
        );
        const errors = results
          .map(({ item, expected, tags }) => mistakes(item, expected, tags, field))
          .filter(Boolean);
        console.log(`${format(`${set} ${field}`, result)}\n  ${errors.join("\n  ")}`);
        const floor = FLOORS[set][field];
        expect(result.precision, format(field, result)).toBeGreaterThanOrEqual(floor.precision);
        expect(result.recall, format(field, result)).toBeGreaterThanOrEqual(floor.recall);
        expect(result.f1, format(field, result)).toBeGreaterThanOrEqual(floor.f1);
      });
    }

    it("raises no crisis on nearly all hard negatives that have none", () => {
      const quiet = results.filter(({ item }) => item.hard && item.crises.length === 0);
      const alarms = quiet.filter(({ tags }) => tags.crises.length > 0);
      console.log(`${set}: hard negatives without crisis ${quiet.length}, false alarms ${alarms.length}`);
      expect(alarms.length / quiet.length).toBeLessThanOrEqual(0.15);
    });
  });
}
