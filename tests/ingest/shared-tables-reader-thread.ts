import { type SharedTables, useSharedTables } from "../../src/ingest/shared-tables.ts";
import { serveJobs } from "../../src/runtime/thread-serve.ts";
import { isCommonWord } from "../../src/tag/common-words.ts";
import { gazetteer } from "../../src/tag/gazetteer.ts";
import { detectLanguage } from "../../src/text/detect-language.ts";

// A pool thread for shared-tables.test.ts: answers from the tables it was handed.
await serveJobs(async (setup) => {
  const tables = setup as SharedTables;
  useSharedTables(tables);
  return async (task) => {
    const { text, word } = task as { text: string; word: string };
    return {
      shared: [tables.language.scores, tables.englishWords.slots, tables.places.lists].map(
        (array) => array.buffer instanceof SharedArrayBuffer,
      ),
      language: detectLanguage(text),
      common: isCommonWord(word, "en"),
      places: gazetteer().byName(word)?.length ?? 0,
    };
  };
});
