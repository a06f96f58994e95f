import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeFeed } from "../../src/fetch/charset.ts";
import { documentBase } from "../../src/fetch/fetcher.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import type { Item } from "../../src/model/item.ts";
import { withoutTracking } from "../../src/normalise/url.ts";
import {
  DATA_DIR,
  MANIFEST,
  type ManifestEntry,
  REFERENCE,
  type Reference,
  type ReferenceCheck,
  type ReferenceEntry,
} from "./layout.ts";

/**
 * `npm run eval:parse [-- --verbose]`: reads every rebuilt document through sitrep's own
 * decode → parse → normalise path and compares it entry by entry with Python feedparser, then
 * checks the feedparser test cases on entries' titles, links, ids and authors. --verbose lists
 * every disagreement with its reason.
 */

// Fixed, so that the figures never depend on the day they are measured; after every saved
// document, so that no real date counts as being in the future.
const NOW = new Date("2027-01-01T00:00:00Z");
// UTF-8 read as Latin-1 or windows-1252: "Ã¶" for "ö", "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
const MOJIBAKE =
  /[ÃÂ][\u0080-\u00BF]|â€[\u0080-\u00BF\u201A-\u203A\u2122\u0152\u0153\u0160\u0161\u017D\u017E\u0178]/;
// How far ahead alignment looks for an entry one side skipped.
const LOOKAHEAD = 8;

interface Tally {
  entries: number;
  titles: number;
  links: number;
  /** Links that agree once the tracking parameters sitrep removes on purpose are removed. */
  untracked: number;
  dates: number;
  missing: number;
  extra: number;
}

const reasons: string[] = [];
const verbose = process.argv.includes("--verbose");

function text(value: string | null | undefined): string {
  return (value ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A link as the WHATWG parser writes it, so that escaping differences do not count. */
function url(value: string | null | undefined, base: string): string {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return "";
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/** sitrep caps titles and marks the cut with an ellipsis; a capped title agrees when it is a prefix. */
function sameTitle(reference: string | null, title: string): boolean {
  const want = text(reference);
  const got = text(title);
  return got === want || (got.endsWith("…") && want.startsWith(got.slice(0, -1).trimEnd()));
}

function sameDate(reference: string | null, published: string): boolean {
  // An undated item is dated when sitrep first sees it.
  if (reference === null) return published === NOW.toISOString();
  return published.slice(0, 19) === reference.slice(0, 19);
}

function matches(reference: ReferenceEntry, item: Item, base: string): boolean {
  return (
    (reference.id !== null && text(reference.id) === item.guid) ||
    (reference.link !== null && url(reference.link, base) === url(item.link, base)) ||
    (reference.title !== null && text(reference.title) !== "" && sameTitle(reference.title, item.title))
  );
}

/**
 * Pairs feedparser's entries with sitrep's items in document order. An entry with no
 * counterpart within the lookahead is missing from sitrep; a sitrep item skipped over is extra.
 */
function align(entries: ReferenceEntry[], items: Item[], base: string): [ReferenceEntry, Item | null][] {
  const pairs: [ReferenceEntry, Item | null][] = [];
  let next = 0;
  entries.forEach((entry, index) => {
    const window = items.slice(next, next + LOOKAHEAD);
    const found = window.findIndex((item) => matches(entry, item, base));
    if (found >= 0) {
      pairs.push([entry, items[next + found] ?? null]);
      next += found + 1;
      return;
    }
    // Unmatched on every key: pair by position unless that item belongs to a later entry.
    const candidate = items[next];
    const later = entries.slice(index + 1, index + 1 + LOOKAHEAD);
    if (candidate && !later.some((other) => matches(other, candidate, base))) {
      pairs.push([entry, candidate]);
      next += 1;
    } else pairs.push([entry, null]);
  });
  return pairs;
}

function compareDocument(
  manifest: ManifestEntry,
  entries: ReferenceEntry[],
  items: Item[],
  tally: Tally,
): void {
  const pairs = align(entries, items, manifest.url);
  tally.entries += entries.length;
  tally.extra += items.length - pairs.filter(([, item]) => item !== null).length;
  pairs.forEach(([entry, item], index) => {
    const where = `${manifest.id} (${manifest.repo}:${manifest.path}) entry ${index + 1}`;
    if (item === null) {
      tally.missing += 1;
      reasons.push(`${where}: missing from sitrep (feedparser: ${JSON.stringify(entry.title)})`);
      return;
    }
    if (sameTitle(entry.title, item.title)) tally.titles += 1;
    else
      reasons.push(
        `${where} title: sitrep ${JSON.stringify(item.title)}, feedparser ${JSON.stringify(text(entry.title))}`,
      );
    const reference = url(entry.link, manifest.url);
    const served = url(item.link, manifest.url);
    if (reference === served) tally.links += 1;
    else if (URL.canParse(reference) && withoutTracking(reference) === served) {
      tally.links += 1;
      tally.untracked += 1;
    } else
      reasons.push(
        `${where} link: sitrep ${JSON.stringify(item.link)}, feedparser ${JSON.stringify(entry.link)}`,
      );
    if (sameDate(entry.date, item.published)) tally.dates += 1;
    else reasons.push(`${where} date: sitrep ${item.published}, feedparser ${entry.date}`);
  });
}

function mojibakeFields(items: Item[]): number {
  return items
    .flatMap((item) => [item.title, item.summary, item.author ?? ""])
    .filter((field) => MOJIBAKE.test(field)).length;
}

function passes(check: ReferenceCheck, item: Item | undefined, base: string): boolean {
  if (item === undefined) return false;
  switch (check.field) {
    case "title":
      return text(item.title) === text(check.expectedText);
    case "link":
      return url(item.link, base) === url(check.expected, base);
    case "id":
      return item.guid === check.expected.trim();
    case "author":
      // sitrep shows names, never mail addresses, so the name feedparser splits out also counts.
      return [check.expectedText, check.expectedName].some(
        (expected) => expected !== null && text(item.author) === text(expected),
      );
  }
}

async function read(manifest: ManifestEntry): Promise<Item[]> {
  const bytes = await readFile(join(DATA_DIR, manifest.file));
  const parsed = await parseFeed(decodeFeed(bytes, manifest.headers["content-type"] ?? null), {
    feedId: "eval",
    feedUrl: documentBase(manifest.url, manifest.headers["content-location"]),
    languageHint: null,
    now: NOW,
  });
  return parsed.items;
}

async function readOrReason(manifest: ManifestEntry): Promise<Item[]> {
  try {
    return await read(manifest);
  } catch (error) {
    reasons.push(
      `${manifest.id} (${manifest.repo}:${manifest.path}): sitrep refused it: ${(error as Error).message}`,
    );
    return [];
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

async function main(): Promise<number> {
  if (!existsSync(join(DATA_DIR, REFERENCE))) {
    console.error(`eval:parse: no ${join(DATA_DIR, REFERENCE)}; run npm run eval:parse:data first`);
    return 1;
  }
  const manifest: ManifestEntry[] = JSON.parse(await readFile(join(DATA_DIR, MANIFEST), "utf8"));
  const reference: Reference = JSON.parse(await readFile(join(DATA_DIR, REFERENCE), "utf8"));

  const tally: Tally = { entries: 0, titles: 0, links: 0, untracked: 0, dates: 0, missing: 0, extra: 0 };
  const languages = new Map<string, number>();
  let mojibake = 0;
  let referenceMojibake = 0;
  const documents = manifest.filter((entry) => entry.kind === "document");
  for (const document of documents) {
    const entries = reference.documents[document.id]?.entries ?? [];
    const items = await readOrReason(document);
    compareDocument(document, entries, items, tally);
    const found = mojibakeFields(items);
    if (found > 0)
      reasons.push(`${document.id} (${document.repo}:${document.path}): ${found} fields with mojibake`);
    mojibake += found;
    referenceMojibake += entries
      .flatMap((entry) => [entry.title ?? "", entry.author ?? ""])
      .filter((field) => MOJIBAKE.test(field)).length;
    const language = document.lang ?? "unknown";
    languages.set(language, (languages.get(language) ?? 0) + 1);
  }

  let checks = 0;
  let passed = 0;
  const byField = new Map<string, [number, number]>();
  for (const test of manifest.filter((entry) => entry.kind === "test")) {
    const items = await readOrReason(test);
    for (const check of reference.tests[test.id] ?? []) {
      const item = items[check.entry];
      const ok = passes(check, item, test.url);
      checks += 1;
      passed += ok ? 1 : 0;
      const [fieldPassed, fieldChecks] = byField.get(check.field) ?? [0, 0];
      byField.set(check.field, [fieldPassed + (ok ? 1 : 0), fieldChecks + 1]);
      if (!ok) {
        const got = item ? item[check.field === "id" ? "guid" : check.field] : "(no item)";
        reasons.push(
          `${test.id} entries[${check.entry}].${check.field}: sitrep ${JSON.stringify(got)}, expected ${JSON.stringify(check.expectedText)}`,
        );
      }
    }
  }

  if (verbose) for (const reason of reasons) console.log(`  ${reason}`);
  const languageList = [...languages].sort((a, b) => b[1] - a[1]).map(([lang, count]) => `${lang} ${count}`);
  console.log(
    `Real feeds: ${documents.length} documents (${languageList.join(", ")}), ${tally.entries} entries`,
  );
  console.log(
    `  agree with feedparser: titles ${percent(tally.titles, tally.entries)}, links ${percent(tally.links, tally.entries)}, dates ${percent(tally.dates, tally.entries)}`,
  );
  console.log(
    `  links that agree once the tracking parameters sitrep drops (utm_*, fbclid, …) are dropped: ${tally.untracked}`,
  );
  console.log(`  entries sitrep lacks: ${tally.missing}; items only sitrep has: ${tally.extra}`);
  console.log(
    `  mojibake: ${mojibake} fields in sitrep's items (feedparser's titles and authors: ${referenceMojibake})`,
  );
  const fields = [...byField].map(([field, [ok, all]]) => `${field} ${ok}/${all}`).join(", ");
  console.log(
    `feedparser test cases: ${passed}/${checks} checks pass (${percent(passed, checks)}; ${fields})`,
  );
  if (!verbose) console.log(`  ${reasons.length} disagreements; --verbose lists them`);
  return 0;
}

process.exitCode = await main();
