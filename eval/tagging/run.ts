/**
 * Scores the tagger on real headlines and ledes (labels.ndjson, texts rebuilt by
 * `npm run eval:tag:data`), per language and overall, separately for the dev part (batches 1
 * and 2) and the unseen quarters: "unseen" of the first batch, "unseen-2" of the second, both
 * together ("unseen all", kept to those two so that earlier figures stay comparable), and last
 * "unseen-3", the whole third batch. Every item is tagged as a feed without a declared language
 * would deliver it: the headline alone or the headline with its lede, as labelled; headline
 * language is measured on the headline alone for every item. `npm run eval:tag`;
 * `-- --mistakes` also lists the dev items the tagger gets wrong (never the unseen ones, never
 * batch 3); `-- --dev` prints the dev part only, with each batch's dev items apart as well, and
 * does not even tag batch 3.
 */
import { existsSync } from "node:fs";
import type { Tags } from "../../src/model/tags.ts";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";
import {
  batchOf,
  type Label,
  loadLabels,
  readNdjson,
  TEXTS_FILE,
  type Text,
  unseen2Ids,
  unseen3Ids,
  unseenIds,
} from "./labels.ts";

if (!existsSync(TEXTS_FILE)) {
  console.error(`eval-data is absent (${TEXTS_FILE}): run npm run eval:tag:data first.`);
  process.exit(1);
}

interface Result {
  label: Label;
  tags: Tags;
  headlineLanguage: string | null;
}

const tag = createTagger(TaggingSchema.parse({}));
const texts = new Map(readNdjson<Text>(TEXTS_FILE).map((text) => [text.id, text]));
const devOnly = process.argv.includes("--dev");
const allLabels = loadLabels();
const unseen = new Set([...unseenIds(allLabels), ...unseen2Ids(allLabels)]);
const unseen3 = unseen3Ids(allLabels);
// While tuning, batch 3 is not even tagged: it is measured once, at the end.
const labels = devOnly ? allLabels.filter((label) => !unseen3.has(label.id)) : allLabels;

const results: Result[] = labels.map((label) => {
  const text = texts.get(label.id);
  if (!text) throw new Error(`${label.id} is not in ${TEXTS_FILE}: rebuild it`);
  const summary = label.form === "headline" ? "" : text.summary;
  return {
    label,
    tags: tag({ title: text.title, summary }),
    headlineLanguage: tag({ title: text.title, summary: "" }).language,
  };
});

function micro(pairs: { want: string[]; got: string[] }[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { want, got } of pairs) {
    tp += got.filter((value) => want.includes(value)).length;
    fp += got.filter((value) => !want.includes(value)).length;
    fn += want.filter((value) => !got.includes(value)).length;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(2)}`;
}

const share = (hits: number, of: number) => (of === 0 ? "–" : `${((100 * hits) / of).toFixed(0)}% of ${of}`);

function row(name: string, rows: Result[]) {
  const calm = rows.filter((r) => r.label.crises.length === 0);
  const sub = rows.filter((r) => r.label.subnationalOnly);
  return [
    name,
    String(rows.length),
    micro(rows.map((r) => ({ want: r.label.countries, got: r.tags.countries }))),
    micro(rows.map((r) => ({ want: r.label.crises, got: r.tags.crises }))),
    share(calm.filter((r) => r.tags.crises.length > 0).length, calm.length),
    share(rows.filter((r) => r.headlineLanguage === r.label.language).length, rows.length),
    share(sub.filter((r) => r.label.countries.every((c) => r.tags.countries.includes(c))).length, sub.length),
  ];
}

const HEAD = [
  "",
  "items",
  "countries P/R/F1",
  "crises P/R/F1",
  "false alarms",
  "headline lang",
  "sub-national → country",
];

function print(title: string, rows: string[][]) {
  const widths = HEAD.map((_, i) => Math.max(...[HEAD, ...rows].map((r) => (r[i] ?? "").length)));
  console.log(`\n${title}`);
  for (const r of [HEAD, ...rows]) console.log(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
}

const languages = [...new Set(labels.map((label) => label.language))];
const isUnseen3 = (r: Result) => unseen3.has(r.label.id);
const isDev = (r: Result) => !unseen.has(r.label.id) && !isUnseen3(r);
const unseenOf = (batch: number) => (r: Result) => !isDev(r) && batchOf(r.label) === batch;
const devOf = (batch: number) => (r: Result) => isDev(r) && batchOf(r.label) === batch;
// While tuning, `-- --dev` keeps the unseen figures out of sight.
const parts: [string, (r: Result) => boolean][] = devOnly
  ? [
      ["dev", isDev],
      ["dev, batch 1", devOf(1)],
      ["dev, batch 2", devOf(2)],
    ]
  : [
      ["dev", isDev],
      ["unseen (batch 1)", unseenOf(1)],
      ["unseen-2 (batch 2)", unseenOf(2)],
      ["unseen all", (r) => unseen.has(r.label.id)],
      ["unseen-3 (batch 3)", isUnseen3],
    ];
for (const [part, inPart] of parts) {
  const rows = results.filter(inPart);
  print(`${part} (${rows.length} items)`, [
    ...languages.map((language) =>
      row(
        language,
        rows.filter((r) => r.label.language === language),
      ),
    ),
    row(
      "headline only",
      rows.filter((r) => r.label.form === "headline"),
    ),
    row(
      "headline+lede",
      rows.filter((r) => r.label.form === "headline+lede"),
    ),
    row("all", rows),
  ]);
}

if (process.argv.includes("--mistakes")) {
  console.log("\ndev mistakes (want → got)");
  for (const r of results.filter(isDev)) {
    const wrong = (want: string[], got: string[]) => want.join(",") !== [...got].sort().join(",");
    const { label, tags } = r;
    if (!wrong([...label.countries].sort(), tags.countries) && !wrong([...label.crises].sort(), tags.crises))
      continue;
    const text = texts.get(label.id) as Text;
    console.log(
      `${label.id} ${label.form} [${label.countries}]→[${tags.countries}] [${label.crises}]→[${tags.crises}] ${tags.language}`,
    );
    console.log(`   ${text.title}${label.form === "headline" ? "" : ` | ${text.summary.slice(0, 160)}`}`);
  }
}
