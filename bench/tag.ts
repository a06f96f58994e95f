import { pathToFileURL } from "node:url";
import { parseFeed } from "../src/ingest/parse-feed.ts";
import type { Item } from "../src/model/item.ts";
import { TaggingSchema } from "../src/tag/config.ts";
import { createTagger, type TagInput } from "../src/tag/tagger.ts";
import { outletFeed } from "./fixtures/corpus.ts";
import { type Figure, figure, table } from "./lib/figure.ts";
import { compare } from "./lib/measure.ts";

const BENCH = "tag";
const ITEMS_PER_FEED = 20;
const PARSE = "parseFeed (parse + normalise)";
/**
 * Tagging throughput ÷ parse + normalise throughput in the full run of 2026-11-28 (BENCHMARKS.md),
 * the "today" issue 11 lets tagging cost per item grow from by at most 1.5×.
 */
const RECORDED = { declared: 1.1, detected: 0.23 } as const;
const MAX_GROWTH = 1.5;

/**
 * Feeds as the parse bench builds them: generated crisis reports in en/de/ru/fr/es with HTML
 * bodies, each outlet in its own format, enough outlets to hold about `count` items.
 */
export function benchFeeds(count: number, base: Date): string[] {
  const outlets = Math.max(1, Math.ceil(count / ITEMS_PER_FEED));
  const shape = { outlets, itemsPerFeed: ITEMS_PER_FEED, base };
  return Array.from({ length: outlets }, (_, outlet) => outletFeed(shape, outlet));
}

/** What the pipeline hands the tagger for a parsed item (src/ingest/prepare.ts). */
export function tagInput(item: Item, withLanguage: boolean): TagInput {
  return {
    title: item.title,
    summary: item.summary,
    content: item.contentHtml,
    language: withLanguage ? item.language : null,
  };
}

/**
 * Issue 3: tagging throughput in items/s, next to parsing and normalising the same items in the
 * same run (interleaved rounds, medians), so the ratio holds across machines. Tagged once with
 * the feeds' declared languages and once with the language left to the detector.
 */
export async function benchTag(options: { quick: boolean; items?: number }): Promise<Figure[]> {
  const now = new Date();
  const documents = benchFeeds(options.items ?? (options.quick ? 1000 : 5000), now);
  const ctx = { feedId: "bench", feedUrl: "https://outlet.example/feed", languageHint: null, now };
  const parse = () => Promise.all(documents.map((text) => parseFeed(text, ctx)));
  const items = (await parse()).flatMap((feed) => feed.items);
  const declared = items.map((item) => tagInput(item, true));
  const undeclared = items.map((item) => tagInput(item, false));
  const tag = createTagger(TaggingSchema.parse({}));
  const times = await compare(
    [
      { name: "parse", run: parse },
      { name: "declared", run: () => declared.map(tag) },
      { name: "detected", run: () => undeclared.map(tag) },
    ],
    options.quick ? 400 : 1500,
  );
  const rate = (name: string) => items.length / ((times.get(name) ?? Number.NaN) / 1000);
  const micros = (name: string) => ((times.get(name) ?? Number.NaN) * 1000) / items.length;
  const reference = { name: PARSE, value: rate("parse"), unit: "items/s" };
  const corpus = `${items.length} items of ${documents.length} feeds`;
  return (["declared", "detected"] as const).flatMap((language) => {
    const ratio = rate(language) / rate("parse");
    // The ratio then over the ratio now: how much dearer, against parsing, an item is to tag.
    const growth = RECORDED[language] / ratio;
    const perItem = `${micros(language).toFixed(0)} µs/item, parse + normalise ${micros("parse").toFixed(0)} µs/item`;
    return [
      figure(BENCH, `tagger, ${corpus}, language ${language}`, rate(language), "items/s", {
        reference,
        note: perItem,
      }),
      figure(BENCH, `tagging cost per item, language ${language}, vs 2026-11-28`, growth, "×", {
        ratio: growth,
        goal: `≤ ${MAX_GROWTH}`,
        note: `ratio to parse + normalise ${ratio.toFixed(2)} now, ${RECORDED[language].toFixed(2)} then`,
      }),
    ];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await benchTag({ quick: process.argv.includes("--quick") })));
}
