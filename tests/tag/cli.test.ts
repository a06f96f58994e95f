import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { tagCommand } from "../../src/cli/tag.ts";

async function runTag(args: string[], input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk) => out.push(String(chunk)));
  stderr.on("data", (chunk) => err.push(String(chunk)));
  stdin.end(input);
  const code = await tagCommand(args, { stdin, stdout, stderr });
  const lines = (text: string[]) =>
    text
      .join("")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
  return { code, out: lines(out), err: lines(err), errText: err.join("") };
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-tag-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sitrep tag", () => {
  it("adds language, countries, regions and crises and keeps the other fields", async () => {
    const line = {
      id: "a1",
      title: "Curfew declared in Almaty",
      summary: "",
      language: "en",
      link: "https://x.test/1",
    };
    const { code, out, err } = await runTag([], `${JSON.stringify(line)}\n`);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      { ...line, countries: ["KZ"], regions: ["central-asia"], crises: ["state-of-emergency"], custom: [] },
    ]);
  });

  it("adds evidence with --explain and reads contentHtml from `sitrep parse` output", async () => {
    const line = {
      title: "Update",
      summary: "",
      contentHtml: "<p>Floods hit Sindh province in <b>Pakistan</b>.</p>",
      language: "en",
    };
    const { out } = await runTag(["--explain"], `${JSON.stringify(line)}\n`);
    expect(out[0].crises).toEqual(["flood"]);
    expect(out[0].evidence).toContainEqual({
      tag: "PK",
      kind: "country",
      rule: "place",
      field: "content",
      terms: ["Sindh"],
    });
  });

  it("shows with --explain the chain from a place through its subdivision to its country", async () => {
    const input = [
      { title: "Tempête : des arbres arrachés à Lannion", summary: "", language: "fr" },
      { title: "Stromausfall in Passau nach Unwetter", summary: "", language: "de" },
      { title: "Наводнение в Вичуге: эвакуированы жители", summary: "", language: "ru" },
    ];
    const { out } = await runTag(["--explain"], `${input.map((line) => JSON.stringify(line)).join("\n")}\n`);
    const rules = out.map(
      (item) => item.evidence.find((entry: { kind: string }) => entry.kind === "country")?.rule,
    );
    // GeoNames numbers French regions its own way: Lannion's "53" (Brittany) is no FR-53 (Mayenne).
    expect(rules).toEqual([
      expect.stringMatching(/^place: Lannion → near Côtes-d'Armor \(FR-22\) → FR, city of [\d,]+, /),
      expect.stringMatching(/^place: Passau → near Bavaria \(DE-BY\) → DE, city of 50,560, /),
      expect.stringMatching(/^place: Vichuga → near Ivanovo \(RU-IVA\) → RU, city of [\d,]+, /),
    ]);
  });

  it("reports a malformed line and goes on", async () => {
    const input = [
      '{"title":"Riots in Dakar","summary":""}',
      "{not json",
      '{"summary":"no title"}',
      '{"title":"Quiet"}',
    ];
    const { code, out, err } = await runTag([], `${input.join("\n")}\n`);
    expect(code).toBe(1);
    expect(out.map((item) => item.title)).toEqual(["Riots in Dakar", "Quiet"]);
    expect(err).toEqual([
      { line: 2, error: expect.stringMatching(/^line 2: not JSON/) },
      { line: 3, error: expect.stringMatching(/^line 3: title: /) },
    ]);
  });

  it("uses the tagging rules of a config file", async () => {
    const path = join(dir, "config.json");
    writeFileSync(
      path,
      JSON.stringify({ feeds: [], tagging: { custom: { election: { en: ["election*"] } } } }),
    );
    const { out } = await runTag(
      ["--config", path],
      '{"title":"Election day","summary":"","language":"en"}\n',
    );
    expect(out[0].custom).toEqual(["election"]);
  });

  it("refuses unknown options and bad configs with usage", async () => {
    const unknown = await runTag(["--colour"], "");
    expect(unknown.code).toBe(2);
    expect(unknown.errText).toMatch(/colour[\s\S]*usage: sitrep tag/);
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify({ feeds: [], tagging: { crises: { quake: { en: ["x"] } } } }));
    const bad = await runTag(["--config", path], "");
    expect(bad.code).toBe(2);
    expect(bad.errText).toContain(`tagging.crises.quake: "quake" is not a crisis slug`);
  });

  it("tags thousands of lines in one stream", async () => {
    const line = JSON.stringify({
      title: "Protests in Bishkek",
      summary: "Police detained activists.",
      language: "en",
    });
    const { out } = await runTag([], `${Array.from({ length: 3000 }, () => line).join("\n")}\n`);
    expect(out).toHaveLength(3000);
    expect(out[2999].countries).toEqual(["KG"]);
  });
});
