import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importEdges, layerViolations } from "./layer-rules.ts";

const ROOT = join(import.meta.dirname, "../..");

function sources(folder: string): [string, string][] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => {
      const path = `${folder}/${name.replaceAll("\\", "/")}`;
      return [path, readFileSync(join(ROOT, path), "utf8")];
    });
}

describe("the layers of src/ and workers/", () => {
  const files = new Map([...sources("src"), ...sources("workers")]);

  it("reads the real import graph", () => {
    const edges = importEdges(files);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: "src/main.ts", to: "workers/worker.ts", typeOnly: false });
  });

  it("point only down: no forbidden import, no runtime cycle, no two files of one name", () => {
    expect(layerViolations(files)).toEqual([]);
  });
});

describe("the layer checker", () => {
  it("reports each kind of broken rule", () => {
    const files = new Map([
      ["src/render/page.tsx", 'import { baseUrl } from "../api/base-url.ts";'],
      ["src/api/base-url.ts", 'import { renderPage } from "../render/page.tsx";'],
      ["src/parse/read.ts", 'import {\n  normaliseItem,\n} from "../normalise/item.ts";'],
      ["src/normalise/item.ts", 'import type { RawItem } from "../parse/read.ts";'],
      [
        "src/config/schema.ts",
        'import { ViewSchema } from "../query/view.ts";\nexport { x } from "../tag/config.ts";',
      ],
      ["src/query/view.ts", 'import type { Config } from "../config/schema.ts";'],
      ["src/tag/config.ts", ""],
      ["src/api/queue.ts", 'const queue = await import("../../workers/queue.ts");'],
      ["src/main.ts", 'import { startWorker } from "../workers/worker.ts";'],
      ["src/store/page.ts", ""],
    ]);
    expect(layerViolations(files)).toEqual([
      "src/render/page.tsx imports src/api/base-url.ts",
      "src/parse/read.ts imports src/normalise/item.ts",
      "src/config/schema.ts imports src/query/view.ts",
      "src/config/schema.ts imports src/tag/config.ts",
      "src/api/queue.ts imports workers/queue.ts",
      "runtime import cycle: src/render/page.tsx → src/api/base-url.ts → src/render/page.tsx",
      '"page" names 2 files: src/render/page.tsx, src/store/page.ts',
    ]);
  });

  it("lets type-only imports close a loop, and passes layers that point down", () => {
    const files = new Map([
      [
        "src/normalise/item.ts",
        'import { type RawItem } from "../parse/raw.ts";\nimport { fold } from "../text/fold.ts";',
      ],
      ["src/parse/raw.ts", 'import type { Item } from "../normalise/item.ts";'],
      ["src/text/fold.ts", ""],
    ]);
    expect(layerViolations(files)).toEqual(["src/parse/raw.ts imports src/normalise/item.ts"]);
    files.delete("src/parse/raw.ts");
    expect(layerViolations(files)).toEqual([]);
  });
});
