import { XMLParser } from "fast-xml-parser";
import RssParser from "rss-parser";
import { parseFeed } from "../src/ingest/parse-feed.ts";
import { bigFeed, outletFeed } from "./fixtures/corpus.ts";
import { type FeedFormat, FORMATS } from "./fixtures/feeds.ts";
import { type Figure, figure } from "./lib/figure.ts";
import { type Candidate, compare } from "./lib/measure.ts";

const BENCH = "parse";
const SMALL_FEEDS = 40;

interface Corpus {
  label: string;
  format: FeedFormat;
  documents: string[];
  items: number;
}

function corpora(quick: boolean, base: Date): Corpus[] {
  const shape = { outlets: SMALL_FEEDS, itemsPerFeed: 20, base };
  return FORMATS.flatMap((format) => {
    const big = bigFeed(format, quick ? 1_000_000 : 5_000_000, base);
    return [
      {
        label: `${format}, ${SMALL_FEEDS} feeds × 20 items`,
        format,
        documents: Array.from({ length: SMALL_FEEDS }, (_, outlet) => outletFeed(shape, outlet, 0, format)),
        items: SMALL_FEEDS * 20,
      },
      {
        label: `${format}, ${(big.text.length / 1e6).toFixed(1)} MB`,
        format,
        documents: [big.text],
        items: big.items,
      },
    ];
  });
}

/** The raw parse of the same bytes: fast-xml-parser for XML, JSON.parse for JSON Feed. */
function rawParse(format: FeedFormat): (text: string) => unknown {
  if (format === "json") return (text) => JSON.parse(text);
  const parser = new XMLParser({ ignoreAttributes: false });
  return (text) => parser.parse(text);
}

function candidates(corpus: Corpus, now: Date): Candidate[] {
  const ctx = { feedId: "bench", feedUrl: "https://outlet.example/feed", languageHint: null, now };
  const raw = rawParse(corpus.format);
  const list: Candidate[] = [
    { name: "parseFeed", run: () => Promise.all(corpus.documents.map((text) => parseFeed(text, ctx))) },
    { name: "raw", run: () => corpus.documents.map(raw) },
  ];
  if (corpus.format !== "json") {
    const rss = new RssParser();
    list.push({
      name: "rss-parser",
      run: () => Promise.all(corpus.documents.map((text) => rss.parseString(text))),
    });
  }
  return list;
}

/**
 * Issue 7, figure 1: items/s of the full parse and normalisation, next to a raw parse of
 * the same bytes and to bare rss-parser, per format, for small feeds and a large one.
 */
export async function benchParse(options: { quick: boolean }): Promise<Figure[]> {
  const now = new Date();
  const figures: Figure[] = [];
  for (const corpus of corpora(options.quick, now)) {
    const times = await compare(candidates(corpus, now), options.quick ? 400 : 1500);
    const rate = (name: string) => corpus.items / ((times.get(name) ?? Number.NaN) / 1000);
    const rawName = corpus.format === "json" ? "JSON.parse" : "fast-xml-parser";
    figures.push(
      figure(BENCH, `parseFeed, ${corpus.label}`, rate("parseFeed"), "items/s", {
        reference: { name: rawName, value: rate("raw"), unit: "items/s" },
      }),
    );
    if (times.has("rss-parser")) {
      figures.push(
        figure(BENCH, `parseFeed, ${corpus.label}`, rate("parseFeed"), "items/s", {
          reference: { name: "rss-parser", value: rate("rss-parser"), unit: "items/s" },
        }),
      );
    }
  }
  return figures;
}
