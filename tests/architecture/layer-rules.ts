import { posix } from "node:path";

/** One import between two repository files, paths relative to the repository root. */
export interface ImportEdge {
  from: string;
  to: string;
  /** `import type`, or every name imported is a type: erased at run time, so it cannot form a cycle. */
  typeOnly: boolean;
}

const STATEMENT =
  /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function allTypes(clause: string): boolean {
  const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
  if (names === undefined) return false;
  const list = names
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((name) => name.startsWith("type "));
}

/** The relative imports of each file, resolved to repository paths. */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [file, source] of files) {
    const add = (specifier: string, typeOnly: boolean) => {
      if (specifier.startsWith("."))
        edges.push({ from: file, to: posix.join(posix.dirname(file), specifier), typeOnly });
    };
    for (const match of source.matchAll(STATEMENT)) {
      if (match[5] !== undefined) add(match[5], false);
      else add(match[4] ?? "", match[2] !== undefined || allTypes(match[3] ?? ""));
    }
    for (const match of source.matchAll(DYNAMIC)) add(match[1] ?? "", false);
  }
  return edges;
}

/** Imports that are not allowed: [importer's folder, imported folder], both under the repository root. */
const FORBIDDEN: [from: string, to: string][] = [
  ["src/render/", "src/api/"],
  ["src/parse/", "src/normalise/"],
  ["src/config/", "src/query/"],
  ["src/config/", "src/tag/"],
  ["src/", "workers/"],
];
// The entry point starts the workers; nothing else under src/ may reach them.
const ENTRY_POINT = "src/main.ts";

/** A runtime import cycle, as the files in order, or null when there is none. */
function findCycle(edges: readonly ImportEdge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges)
    if (!edge.typeOnly) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...path.slice(path.indexOf(file)), file];
    state.set(file, "open");
    path.push(file);
    for (const to of next.get(file) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of next.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** Every broken rule, one line each; empty when the layers hold. */
export function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const edges = importEdges(files);
  const problems: string[] = [];
  for (const { from, to } of edges) {
    if (from === ENTRY_POINT && to.startsWith("workers/")) continue;
    for (const [above, below] of FORBIDDEN) {
      if (from.startsWith(above) && to.startsWith(below)) problems.push(`${from} imports ${to}`);
    }
  }
  const cycle = findCycle(edges);
  if (cycle) problems.push(`runtime import cycle: ${cycle.join(" → ")}`);
  const byName = new Map<string, string[]>();
  for (const file of files.keys()) {
    if (!file.startsWith("src/")) continue;
    const name = posix.basename(file).replace(/\.[^.]+$/, "");
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  for (const [name, paths] of byName) {
    if (paths.length > 1) problems.push(`"${name}" names ${paths.length} files: ${paths.join(", ")}`);
  }
  return problems;
}
