import { englishWordTable, useEnglishWords } from "../tag/common-words.ts";
import { type PlaceTable, placeTable, usePlaceTable } from "../tag/gazetteer.ts";
import { type LanguageModel, languageModel, useLanguageModel } from "../text/language-model.ts";
import type { SharedStringMap } from "../text/shared-string-map.ts";

/**
 * The tagger's read-only data in SharedArrayBuffers, built once per process and read in place
 * by every thread: each used to build its own copy (about 7 s of CPU and 35 MB of heap each).
 */
export interface SharedTables {
  places: PlaceTable;
  language: LanguageModel;
  englishWords: SharedStringMap;
}

export function buildSharedTables(): SharedTables {
  return { places: placeTable(), language: languageModel(), englishWords: englishWordTable() };
}

/** Makes this thread read the tables another one built. */
export function useSharedTables(tables: SharedTables): void {
  usePlaceTable(tables.places);
  useLanguageModel(tables.language);
  useEnglishWords(tables.englishWords);
}
