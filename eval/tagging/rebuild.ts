/**
 * Rebuilds eval-data/tagging/texts.ndjson (gitignored) from the public repositories the labels
 * cite, read out of local git snapshots: the texts are other people's words and never enter
 * this repository. `npm run eval:tag:data`; MIRROR_DIR (default /work/.mirror) holds one
 * snapshot per repository as <owner>+<name>/repo.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { XMLParser } from "fast-xml-parser";
import sanitizeHtml from "sanitize-html";
import { batchOf, DATA_DIR, type Label, type Locator, loadLabels, TEXTS_FILE, type Text } from "./labels.ts";

const MIRROR_DIR = process.env.MIRROR_DIR ?? "/work/.mirror";
const gitDir = (repo: string) => join(MIRROR_DIR, repo.replace("/", "+"), "repo");

type Raw = { title: string; summary: string };
type Reader = (file: string, locator: Locator) => Raw;

const at = <T>(list: readonly T[] | undefined, index: number): T => {
  const value = list?.[index];
  if (value === undefined) throw new Error(`no entry ${index}`);
  return value;
};
const index = (locator: Locator) =>
  "line" in locator ? locator.line - 1 : "item" in locator ? locator.item : locator.article;

/** News API answers saved as JS/TS modules: one JSON object after an assignment. */
const newsApi: Reader = (file, locator) => {
  const body = JSON.parse(file.slice(file.indexOf("{"), file.lastIndexOf("}") + 1));
  const article = at<{ title: string; description: string | null }>(body.articles, index(locator));
  // The API appends " - <outlet>" to every title; the outlet's own headline ends before it.
  const cut = article.title.lastIndexOf(" - ");
  return { title: cut > 0 ? article.title.slice(0, cut) : article.title, summary: article.description ?? "" };
};

/** News API articles cached by source as a JS module: one JSON array after an assignment. */
const newsApiArticles: Reader = (file, locator) => {
  const articles = JSON.parse(file.slice(file.indexOf("["), file.lastIndexOf("]") + 1));
  // Fetched per outlet, these titles carry no " - <outlet>" suffix.
  const article = at<{ title: string; description: string | null }>(articles, index(locator));
  return { title: article.title, summary: article.description ?? "" };
};

/** How each cited repository stores its items. */
const READERS: Record<string, Reader> = {
  "chemodakov/rss-archive": (file, locator) => {
    const item = JSON.parse(at(file.split("\n"), index(locator)));
    return { title: item.title, summary: item.description ?? "" };
  },
  "albertbus/news-feed": (file, locator) => {
    const item = at<{ title: string; description?: string }>(JSON.parse(file).items, index(locator));
    return { title: item.title, summary: item.description ?? "" };
  },
  "andrewfromtver/news_ag": newsApi,
  "jiavu/news-page": newsApi,
  "wizzandrew/top-headlines": newsApiArticles,
  "Ostabo/news-api": newsApi,
  "Drilio/Carousel-Angular": (file, locator) => {
    const xml = file.slice(file.indexOf("<rss"), file.indexOf("</rss>") + "</rss>".length);
    const feed = new XMLParser({ processEntities: false }).parse(xml);
    const item = at<{ title: string; description?: string }>(feed.rss.channel.item, index(locator));
    return { title: String(item.title), summary: String(item.description ?? "") };
  },
};

/** What the normaliser hands the tagger: text without markup, entities decoded, spaces collapsed. */
const clean = (text: string) =>
  decodeHTML(sanitizeHtml(decodeHTML(text), { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, " ")
    .trim();

function main() {
  const labels = loadLabels();
  const repos = [...new Set(labels.map((label) => label.source.repo))];
  const missing = repos.filter((repo) => !existsSync(gitDir(repo)));
  if (missing.length > 0) {
    console.error(`Missing git snapshots under ${MIRROR_DIR}; fetch these repositories first:`);
    for (const repo of missing) {
      const cited = labels.filter((label) => label.source.repo === repo);
      const batches = [...new Set(cited.map(batchOf))].join(", ");
      console.error(`  github:${repo} (${cited.length} items, batch ${batches})`);
    }
    process.exit(1);
  }

  const files = new Map<string, string>();
  const show = ({ repo, commit, path }: Label["source"]) => {
    const key = `${repo}@${commit}:${path}`;
    let file = files.get(key);
    if (file === undefined) {
      file = execFileSync("git", ["--git-dir", gitDir(repo), "show", `${commit}:${path}`], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      });
      files.set(key, file);
    }
    return file;
  };

  const texts: Text[] = labels.map((label) => {
    const read = READERS[label.source.repo];
    if (!read) throw new Error(`${label.id}: no reader for ${label.source.repo}`);
    const raw = read(show(label.source), label.source.locator);
    return { id: label.id, title: clean(raw.title), summary: clean(raw.summary) };
  });
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(TEXTS_FILE, `${texts.map((text) => JSON.stringify(text)).join("\n")}\n`);
  console.log(`${texts.length} texts from ${repos.length} repositories → ${TEXTS_FILE}`);
}

main();
