import { parentPort } from "node:worker_threads";
import { placeTable } from "../tag/gazetteer.ts";

// Builds the gazetteer in a one-off thread (see feed-processor.ts) and hands its table over.
parentPort?.postMessage(placeTable());
