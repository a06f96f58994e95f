import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TaggingSchema } from "../../src/tag/config.ts";
import { createTagger } from "../../src/tag/tagger.ts";

// The seed story lives beside the repository, in the shared folder; it is not copied into the repo.
const SEED = join(import.meta.dirname, "../../../shared/seed-article.de.txt");
const present = existsSync(SEED);
if (!present) console.warn(`seed story test skipped: ${SEED} is absent`);

describe.skipIf(!present)("seed story (German, Kazakhstan, January 2022)", () => {
  const text = present ? readFileSync(SEED, "utf8").trim() : "";
  const [title = "", ...rest] = text.split(/(?<=[.:!?])\s+/);
  const tags = createTagger(TaggingSchema.parse({}))({
    title,
    summary: "",
    content: rest.join(" "),
    language: "de",
  });

  it("is about Kazakhstan and the states whose troops act there", () => {
    expect(new Set(tags.countries)).toEqual(new Set(["KZ", "RU", "BY"]));
    expect(tags.countries[0]).toBe("KZ");
  });

  it("has unrest, crackdown, state of emergency and internet shutdown, and nothing else", () => {
    expect(tags.crises).toEqual(["unrest", "crackdown", "state-of-emergency", "internet-shutdown"]);
  });

  it("ties Russia and Belarus to the CSTO (OVKS) contingent in the evidence", () => {
    for (const code of ["RU", "BY"]) {
      expect(tags.evidence).toContainEqual(expect.objectContaining({ tag: code, rule: "actor:csto" }));
    }
  });

  it("detects German when not told", () => {
    const detected = createTagger(TaggingSchema.parse({}))({ title, summary: "", content: rest.join(" ") });
    expect(detected.language).toBe("de");
    expect(detected.crises).toEqual(tags.crises);
  });
});
