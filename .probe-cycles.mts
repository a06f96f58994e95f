import { runCycles } from "./bench/poll/run-cycles.ts";

const run = await runCycles({
  feeds: 40,
  workers: 1,
  cycles: 2,
  changing: false,
  itemsPerFeed: 20,
  deadlineMs: 150_000,
});
console.log(
  JSON.stringify(
    run.cycles.map((c) => ({ ...c, commands: Object.fromEntries(c.commands) })),
    null,
    1,
  ),
);
console.log("failures", [...run.failures]);
