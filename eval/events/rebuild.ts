/**
 * `npm run eval:events:data`: rebuilds eval-data/events/<day>.ndjson, the texts the event
 * evaluation runs on, from git snapshots of the public repositories named in labels.ndjson.
 * Nothing is downloaded: the snapshots must already be under the mirror root (the `fetch`
 * tool puts them at /work/.mirror/<owner>+<name>/repo); a missing one is named, with the
 * repository to fetch, and the script stops.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htmlToText, SUMMARY_MAX, TITLE_MAX } from "../../src/normalise/text.ts";
import { EVAL_DATA, type Label, readLabels } from "./labels.ts";

const MIRROR = process.env.SITREP_MIRROR ?? "/work/.mirror";

export interface EvalItem {
  id: string;
  title: string;
  summary: string;
  link: string;
  published: string;
  source: string;
  language: string;
}

/** The fields the three archives use, whatever their shape: rss-parser JSON, feed-extractor JSON, NDJSON. */
interface RawItem {
  title?: string;
  link?: string;
  pubDate?: string;
  published?: number | string;
  contentSnippet?: string;
  description?: string;
  content?: string;
}

const gitDir = (repo: string) => join(MIRROR, repo.replace("/", "+"), "repo");

function readItems(repo: string, commit: string, path: string): Map<string, RawItem> {
  const text = execFileSync("git", ["--git-dir", gitDir(repo), "show", `${commit}:${path}`], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const items: RawItem[] = path.endsWith(".ndjson")
    ? text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line))
    : JSON.parse(text).items;
  // An archive may hold a link twice (a headline rewritten later); the first is the one labelled.
  const byLink = new Map<string, RawItem>();
  for (const item of items) if (item.link && !byLink.has(item.link)) byLink.set(item.link, item);
  return byLink;
}

function publishedOf(raw: RawItem): string {
  const value = raw.published ?? raw.pubDate;
  const time = typeof value === "number" ? value : Date.parse(value ?? "");
  if (Number.isNaN(time)) throw new Error(`no publication time for ${raw.link}`);
  return new Date(time).toISOString();
}

function toItem(label: Label, raw: RawItem): EvalItem {
  return {
    id: label.report,
    title: htmlToText(raw.title ?? "", TITLE_MAX),
    summary: htmlToText(raw.contentSnippet ?? raw.description ?? raw.content ?? "", SUMMARY_MAX),
    link: label.source.link,
    published: publishedOf(raw),
    source: label.feed,
    language: label.day.slice(0, 2),
  };
}

function main(): number {
  const labels = readLabels();
  const missing = [...new Set(labels.map((label) => label.source.repo))].filter(
    (repo) => !existsSync(gitDir(repo)),
  );
  if (missing.length > 0) {
    process.stderr.write(
      `missing git snapshots under ${MIRROR} (set SITREP_MIRROR to use another root); fetch these first:\n` +
        missing.map((repo) => `  github:${repo}  ->  ${gitDir(repo)}\n`).join(""),
    );
    return 1;
  }
  const files = new Map<string, Map<string, RawItem>>();
  const days = new Map<string, EvalItem[]>();
  for (const label of labels) {
    const { repo, commit, path, link } = label.source;
    const key = `${repo}\0${commit}\0${path}`;
    let items = files.get(key);
    if (items === undefined) {
      items = readItems(repo, commit, path);
      files.set(key, items);
    }
    const raw = items.get(link);
    if (raw === undefined) throw new Error(`${label.report}: ${link} is not in ${repo}@${commit}:${path}`);
    const day = days.get(label.day) ?? [];
    day.push(toItem(label, raw));
    days.set(label.day, day);
  }
  mkdirSync(EVAL_DATA, { recursive: true });
  for (const [day, items] of days) {
    items.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
    writeFileSync(
      join(EVAL_DATA, `${day}.ndjson`),
      items.map((item) => `${JSON.stringify(item)}\n`).join(""),
    );
    process.stdout.write(`${day}: ${items.length} reports\n`);
  }
  return 0;
}

process.exitCode = main();
