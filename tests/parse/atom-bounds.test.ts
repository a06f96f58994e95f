import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import { CONTENT_MAX_BYTES, CUT_NOTE } from "../../src/normalise/sanitize.ts";
import { longXhtmlAtom, nestedSpansAtom } from "../helpers/hostile-atom.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const CONTEXT = {
  feedId: "hostile",
  feedUrl: "https://hostile.example/feed",
  languageHint: null,
  now: new Date("2026-03-10T12:00:00Z"),
};

describe("Atom and inline XHTML are read in bounded memory and depth", () => {
  it("reads 20,000 nested spans without a stack overflow, flattened, and keeps the other entries", async () => {
    const feed = await parseFeed(nestedSpansAtom(20_000), CONTEXT);
    expect(feed.items.map((item) => item.guid)).toEqual(["urn:hostile:deep", "urn:hostile:after"]);
    const [deep] = feed.items;
    expect(deep?.contentHtml).toContain("bottom");
    expect(deep?.contentHtml.match(/<span>/g)?.length ?? 0).toBeLessThanOrEqual(64);
  });

  it("cuts 4 MiB of inline XHTML to the content cap, with its note", async () => {
    const [item] = (await parseFeed(longXhtmlAtom(4 * 1024 * 1024), CONTEXT)).items;
    const html = item?.contentHtml ?? "";
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(CONTENT_MAX_BYTES);
    expect(html).toContain("Tides &amp; gauges.");
    expect(html).not.toContain("tail");
    expect(html).toContain(CUT_NOTE);
  });

  it("parses 15 MiB of <a/> beside a mention of xhtml within a 400 MB heap", () => {
    // Its own process with a small heap: the order-keeping tree once took 1.8 GB of RSS here.
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=400", "--import", "tsx", "bench/hostile-atom.ts", "empty"],
      { cwd: ROOT, encoding: "utf8", timeout: 150_000 },
    );
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as { peakRssMiB: number; items: { guid: string }[] };
    expect(result.items.map((item) => item.guid)).toEqual(["urn:hostile:plain"]);
    expect(result.peakRssMiB).toBeLessThan(800);
  }, 180_000);
});
