import { parentPort } from "node:worker_threads";
import { buildSharedTables } from "./shared-tables.ts";

// Builds the shared tables in a one-off thread (see feed-processor.ts) and hands them over.
parentPort?.postMessage(buildSharedTables());
