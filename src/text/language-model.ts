import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { builtOnce } from "./built-once.ts";
import { lookUp, packStringMap, type SharedStringMap, sharedArray } from "./shared-string-map.ts";

/**
 * ELD's extra-small n-gram model as typed arrays over SharedArrayBuffers: 1.5 MB that every
 * thread of a process reads in place. As ELD ships it, the model is an object literal of 49,553
 * objects that takes 4–5 s of CPU to parse and 28 MB of heap in every thread that imports it.
 */
export interface LanguageModel {
  /** ELD's name for the model ("XS60"). */
  type: string;
  /** ISO 639-1 code by ELD's language number. */
  languages: string[];
  /** Each n-gram's number. */
  ngrams: SharedStringMap;
  /** N-gram k scores languages[langs[i]] with scores[i], i from offsets[k] up to offsets[k + 1]. */
  offsets: Uint32Array;
  langs: Uint8Array;
  scores: Uint8Array;
}

/** ELD's own format: n-gram → { language number: score }. */
export interface EldData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

// ELD exports only ready-made detectors, so its model and its detector factory are reached by
// their files; require loads these ES modules synchronously (Node 20.19 and later).
const require = createRequire(import.meta.url);
const eldFile = (path: string) => fileURLToPath(new URL(path, import.meta.resolve("eld/extrasmall")));

/** ELD's extra-small model, as it ships. */
export function loadEldData(): EldData {
  return (require(eldFile("../ngrams/extrasmall.js")) as { ngramsData: EldData }).ngramsData;
}

function checkedByte(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 255)
    throw new Error(`ELD's model has ${what} ${value}`);
  return value;
}

export function packLanguageModel(data: EldData = loadEldData()): LanguageModel {
  const entries = Object.entries(data.ngrams);
  const pairs = entries.reduce((sum, [, scores]) => sum + Object.keys(scores).length, 0);
  const offsets = sharedArray(Uint32Array, entries.length + 1);
  const langs = sharedArray(Uint8Array, pairs);
  const scores = sharedArray(Uint8Array, pairs);
  let at = 0;
  entries.forEach(([, byLanguage], index) => {
    offsets[index] = at;
    for (const [language, score] of Object.entries(byLanguage)) {
      langs[at] = checkedByte(Number(language), "a language number");
      scores[at++] = checkedByte(score, "a score");
    }
  });
  offsets[entries.length] = at;
  const languages: string[] = [];
  for (const [number, code] of Object.entries(data.languages)) languages[Number(number)] = code;
  return {
    type: data.type,
    languages,
    ngrams: packStringMap(entries.map(([ngram], index) => [ngram, index])),
    offsets,
    langs,
    scores,
  };
}

/** What ELD's data holds for one n-gram, rebuilt from the packed model; undefined when none. */
export function scoresOf(model: LanguageModel, ngram: string): Record<number, number> | undefined {
  const index = lookUp(model.ngrams, ngram);
  if (index === undefined) return undefined;
  const scores: Record<number, number> = {};
  for (let i = model.offsets[index] as number; i < (model.offsets[index + 1] as number); i++) {
    scores[model.langs[i] as number] = model.scores[i] as number;
  }
  return scores;
}

export interface LanguageResult {
  language: string;
  getScores(): Record<string, number>;
}

export interface Detector {
  detect(text: string): LanguageResult;
}

/**
 * ELD's own detector reading a packed model: its data is looked up one n-gram at a time (ELD
 * reads nothing else of it), so a proxy stands in for the object literal.
 */
export function detectorOver(model: LanguageModel): Detector {
  const { createEld } = require(eldFile("../languageDetector.js")) as {
    createEld(): { instance: Detector; loadData(data: EldData): string };
  };
  const { instance, loadData } = createEld();
  const ngrams = new Proxy({} as EldData["ngrams"], {
    get: (_, ngram) => (typeof ngram === "string" ? scoresOf(model, ngram) : undefined),
  });
  if (!loadData({ type: model.type, languages: { ...model.languages }, ngrams })) {
    throw new Error("ELD did not take the packed language model");
  }
  return instance;
}

/** The language model in shared memory, and ELD over it per thread. */
const model = builtOnce(packLanguageModel, detectorOver);

export const languageModel: () => LanguageModel = model.table;
export const useLanguageModel: (given: LanguageModel) => void = model.use;
/** ELD over `languageModel()`, shared by every caller of this thread. */
export const languageDetector: () => Detector = model.reader;
