import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DATA_DIR, MANIFEST, type ManifestEntry, REFERENCE, type Sources } from "./layout.ts";

/**
 * `npm run eval:parse:data`: copies the documents named in eval/parse/sources.json out of the
 * git snapshots the `fetch` tool leaves under /work/.mirror (or $SITREP_MIRROR), then has
 * Python feedparser write its reference values. Nothing is downloaded: a missing snapshot is
 * named so that a person can fetch it.
 */
const MIRROR = process.env.SITREP_MIRROR ?? "/work/.mirror";

// The feedparser test harness serves files under an "http" folder from this address, with the
// headers their comments name; relative links in their expectations resolve against it.
const TEST_ORIGIN = "http://127.0.0.1:8097/";
// Saved documents have no address of their own; one per document keeps relative links comparable.
const DOCUMENT_ORIGIN = "https://saved-feed.example/";

function gitDir(repo: string): string {
  return join(MIRROR, repo.replace("/", "+"), "repo");
}

function show(repo: string, commit: string, path: string): Buffer {
  return execFileSync("git", ["--git-dir", gitDir(repo), "show", `${commit}:${path}`], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The "Header: Name: value" lines of a feedparser test case. */
function testHeaders(bytes: Buffer): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of bytes.toString("utf8").matchAll(/^Header:\s+([^:]+):(.*)$/gm)) {
    if (name && value !== undefined) headers[name.trim().toLowerCase()] = value.trim();
  }
  return headers;
}

function python(): string | null {
  const candidates = [process.env.PYTHON, "python3", "/usr/bin/python3"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  return (
    candidates.find(
      (candidate) => spawnSync(candidate, ["-c", "import feedparser"], { stdio: "ignore" }).status === 0,
    ) ?? null
  );
}

async function main(): Promise<number> {
  const sources: Sources = JSON.parse(await readFile(new URL("./sources.json", import.meta.url), "utf8"));
  const tests = sources.feedparserTests;
  const repos = new Set([...sources.documents.map((document) => document.repo), tests.repo]);
  const missing = [...repos].filter((repo) => !existsSync(gitDir(repo)));
  if (missing.length > 0) {
    console.error(
      `eval:parse:data: no git snapshot under ${MIRROR} for ${missing.join(", ")}; fetch them first (${missing
        .map((repo) => `fetch github:${repo}`)
        .join("; ")}), then run this again`,
    );
    return 1;
  }
  const interpreter = python();
  if (interpreter === null) {
    console.error("eval:parse:data: no Python with feedparser; install python3-feedparser or set PYTHON");
    return 1;
  }

  await rm(DATA_DIR, { recursive: true, force: true });
  const manifest: ManifestEntry[] = [];
  for (const document of sources.documents) {
    const file = join("documents", `${document.id}.xml`);
    await save(file, show(document.repo, document.commit, document.path));
    manifest.push({
      ...document,
      kind: "document",
      file,
      url: `${DOCUMENT_ORIGIN}${document.id}`,
      headers: {},
    });
  }
  for (const path of tests.paths) {
    const bytes = show(tests.repo, tests.commit, path);
    const file = join("feedparser-tests", path);
    await save(file, bytes);
    const served = path.includes("http");
    manifest.push({
      id: path,
      repo: tests.repo,
      commit: tests.commit,
      path,
      kind: "test",
      file,
      url: `${TEST_ORIGIN}${path}`,
      headers: served ? testHeaders(bytes) : {},
    });
  }
  await writeFile(join(DATA_DIR, MANIFEST), JSON.stringify(manifest, null, 1));

  const reference = spawnSync(interpreter, [new URL("./reference.py", import.meta.url).pathname, DATA_DIR], {
    stdio: "inherit",
  });
  if (reference.status !== 0) return 1;
  console.log(
    `eval:parse:data: ${sources.documents.length} documents and ${tests.paths.length} feedparser test cases in ${DATA_DIR}, reference values in ${join(DATA_DIR, REFERENCE)}`,
  );
  return 0;
}

async function save(file: string, bytes: Buffer): Promise<void> {
  const target = join(DATA_DIR, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, bytes);
}

process.exitCode = await main();
