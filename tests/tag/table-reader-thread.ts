import { serveJobs } from "../../src/runtime/thread-serve.ts";
import { gazetteer, type PlaceTable, usePlaceTable } from "../../src/tag/gazetteer.ts";

// A pool thread for tests/tag/place-table.test.ts: looks names up in the table it was handed.
await serveJobs(async (setup) => {
  const table = setup as PlaceTable;
  usePlaceTable(table);
  return async (key) => ({
    shared: table.lists.buffer instanceof SharedArrayBuffer,
    places: gazetteer().byName(key as string),
  });
});
