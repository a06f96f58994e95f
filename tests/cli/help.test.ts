import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/processes.ts";

const BIN = new URL("../../bin/sitrep.js", import.meta.url).pathname;

/** Runs the CLI as a user would outside the checkout: ./bin/sitrep.js from another directory. */
async function sitrep(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = tempDir("cli");
  try {
    const { stdout, stderr } = await promisify(execFile)(BIN, args, { cwd: dir.path });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  } finally {
    dir.remove();
  }
}

describe("sitrep --help", () => {
  it("prints every command's usage on stdout and exits 0", { timeout: 60_000 }, async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const { code, stdout, stderr } = await sitrep(flag);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(/^usage: sitrep <command>/);
      for (const usage of [
        "parse <file-or-url>",
        "tag [--explain] [--config <path>]",
        "dedup [--window 3d]",
      ]) {
        expect(stdout).toContain(`sitrep ${usage}`);
      }
      expect(stdout).toContain("sitrep config check [path]");
      expect(stdout).toContain("sitrep opml import");
    }
  });

  it("prints one command's usage for `sitrep <command> --help`", { timeout: 60_000 }, async () => {
    const tag = await sitrep("tag", "--help");
    expect(tag).toMatchObject({ code: 0, stderr: "" });
    expect(tag.stdout).toContain("sitrep tag [--explain] [--config <path>] < items.ndjson");
    expect(tag.stdout).not.toContain("dedup");
    const check = await sitrep("config", "check", "--help");
    expect(check).toMatchObject({ code: 0, stderr: "" });
    expect(check.stdout).toContain("sitrep config check [path]");
  });

  it("names an unknown command and exits 2 with the usage on stderr", { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await sitrep("tagg");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^unknown command "tagg"\nusage: sitrep <command>/);
  });
});
