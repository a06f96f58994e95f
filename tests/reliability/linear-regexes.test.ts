import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { check, type Diagnostics } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { genreOf } from "../../src/dedup/event-genre.ts";
import { lenientXml } from "../../src/parse/lenient-xml.ts";
import { wordPattern } from "../../src/query/word-pattern.ts";
import { compileMatcher } from "../../src/tag/matcher.ts";
import type { Token } from "../../src/tag/tokens.ts";
import { repairMojibake } from "../../src/text/mojibake.ts";

// Feeds, queries and configs reach regular expressions; a backtracking one that is quadratic on
// some input blocks the event loop for seconds at 100k characters. A linear one takes a few
// milliseconds there, so this bound is generous enough for two busy cores and still fails a
// quadratic regex by orders of magnitude.
const SIZE = 100_000;
const BOUND_MS = 2_000;
const SRC = join(import.meta.dirname, "../../src");

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every regex literal in src/, and every place that builds one at run time. */
function regexesInSource(): { literals: Literal[]; built: string[] } {
  const literals: Literal[] = [];
  const built: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        literals.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === "RegExp") {
        built.push(relative(SRC, path));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, built };
}

// Runs of the characters feeds and regexes most often trade between parts, ended by one that
// stops most matches, so a backtracking regex retries every split of the run.
const RUNS = [" ", "\t", "a", "A", "0", "(", "<", "-", "@", "%", ".", "/", "&", "[", "\u00e9", "\u0416"];
function genericInputs(): string[] {
  return RUNS.flatMap((run) => [`${run.repeat(SIZE)}\u0000`, `<!DOCTYPE a${run.repeat(SIZE)}`]);
}

/** recheck's attack, pumped up to about SIZE characters. */
function attackInput(diagnostics: Diagnostics): string[] {
  if (diagnostics.status !== "vulnerable") return [];
  const { pumps, suffix } = diagnostics.attack;
  const pumped = pumps.reduce((sum, pump) => sum + pump.pump.length, 0) || 1;
  const times = Math.ceil(SIZE / pumped);
  return [pumps.map(({ prefix, pump }) => prefix + pump.repeat(times)).join("") + suffix];
}

/** The slowest of a search from every start position and a global replace, in ms. */
function slowest(regex: RegExp, inputs: string[]): number {
  const flags = regex.flags.replace("g", "");
  const once = new RegExp(regex.source, flags);
  const every = new RegExp(regex.source, `${flags}g`);
  let worst = 0;
  for (const input of inputs) {
    const start = performance.now();
    once.exec(input);
    input.replace(every, "");
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

const { literals, built } = regexesInSource();

describe("every regular expression in src/ is linear on 100k-character adversarial input", () => {
  it("finds the regexes", () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it.each(literals.map((literal) => [`${literal.where} /${literal.source}/${literal.flags}`, literal]))(
    "%s",
    async (_name, { source, flags }) => {
      const diagnostics = await check(source, flags, { timeout: 20_000 });
      const inputs = [...attackInput(diagnostics), ...genericInputs()];
      expect(slowest(new RegExp(source, flags), inputs)).toBeLessThan(BOUND_MS);
    },
    60_000,
  );

  // Built only from escaped words, with no quantifier of their own; checked here by calling the builders.
  it("knows where regexes are built at run time", () => {
    expect([...new Set(built)].sort()).toEqual([
      "dedup/event-genre.ts",
      "parse/lenient-xml.ts",
      "query/word-pattern.ts",
      "tag/matcher.ts",
      "text/mojibake.ts",
    ]);
  });

  it.each([
    ["the mojibake repair", repairMojibake],
    ["the event genre terms", genreOf],
    ["the lenient XML reader", lenientXml],
  ])("%s, built from constant parts", (_, run: (text: string) => unknown) => {
    const inputs = [...genericInputs(), "Ã\u0080".repeat(SIZE / 2), "jahre nach ".repeat(SIZE / 11)];
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
    }
  });

  it("the query word pattern", () => {
    expect(slowest(wordPattern("a+(b"), genericInputs())).toBeLessThan(BOUND_MS);
  });

  it("the tagger's compound-part pattern", () => {
    const matcher = compileMatcher([{ words: [{ mode: "contains", text: "aaab" }], value: 1, group: "g" }]);
    const token = (norm: string): Token => ({
      norm,
      surface: norm,
      field: "title",
      index: 0,
      sentence: 0,
      capitalised: false,
      sentenceStart: true,
    });
    const start = performance.now();
    for (const input of genericInputs()) matcher.match([token(input)]);
    expect(performance.now() - start).toBeLessThan(BOUND_MS * 10);
  });
});
