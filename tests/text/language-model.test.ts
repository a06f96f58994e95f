import { eld } from "eld/extrasmall";
import { describe, expect, it } from "vitest";
import { detectorOver, loadEldData, packLanguageModel, scoresOf } from "../../src/text/language-model.ts";
import { loadEvalSet } from "../tag/eval-set.ts";

describe("ELD's language model in shared memory", () => {
  const data = loadEldData();
  const model = packLanguageModel(data);

  it("holds every n-gram of ELD's model with the same scores, and nothing else", () => {
    const ngrams = Object.entries(data.ngrams);
    expect(ngrams.length).toBeGreaterThan(40_000);
    for (const [ngram, scores] of ngrams) expect(scoresOf(model, ngram)).toEqual(scores);
    for (const absent of ["", " ", "zzzzzz", "the "])
      expect(scoresOf(model, absent)).toEqual(data.ngrams[absent]);
    expect(model.languages).toEqual(Object.values(data.languages));
  });

  it("lives in shared memory, so a thread it is handed to reads the same bytes", () => {
    for (const array of [
      model.ngrams.slots,
      model.ngrams.keys.chars,
      model.offsets,
      model.langs,
      model.scores,
    ])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("makes ELD answer as it does with the model it ships, language and scores", () => {
    const packed = detectorOver(model);
    const texts = [
      ...[...loadEvalSet("eval"), ...loadEvalSet("holdout")].map((item) => `${item.title}\n${item.summary}`),
      "",
      "OK",
      "2026-12-02 14:00 UTC",
      "Ferry sinks off the coast; 30 missing — Fähre gesunken, 30 vermisst",
      "Пожар на складе в Харькове",
      "東京で地震",
      "🔥🔥🔥",
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      const expected = eld.detect(text);
      const got = packed.detect(text);
      expect([text, got.language, got.getScores()]).toEqual([text, expected.language, expected.getScores()]);
    }
  });
});
