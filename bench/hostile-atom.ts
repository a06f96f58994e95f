// Peak memory of parsing one generated hostile Atom document (issue 12), in a process of its own:
//   npx tsx bench/hostile-atom.ts empty|spans
// Prints one JSON line: the case, input size, peak RSS, time and what was read.
import { parseFeed } from "../src/ingest/parse-feed.ts";
import { emptyElementsAtom, nestedSpansAtom } from "../tests/helpers/hostile-atom.ts";

const MiB = 2 ** 20;
const CASES: Record<string, () => string> = {
  empty: () => emptyElementsAtom(15 * MiB),
  spans: () => nestedSpansAtom(20_000),
};

const name = process.argv[2] ?? "empty";
const make = CASES[name];
if (make === undefined) throw new Error(`unknown case "${name}": one of ${Object.keys(CASES).join(", ")}`);
const text = make();
const started = performance.now();
const feed = await parseFeed(text, {
  feedId: "hostile",
  feedUrl: "https://hostile.example/feed",
  languageHint: null,
  now: new Date("2026-03-10T12:00:00Z"),
});
console.log(
  JSON.stringify({
    case: name,
    inputMiB: +(text.length / MiB).toFixed(1),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    ms: Math.round(performance.now() - started),
    items: feed.items.map((item) => ({ guid: item.guid, contentBytes: item.contentHtml.length })),
  }),
);
