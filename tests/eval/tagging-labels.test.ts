import { describe, expect, it } from "vitest";
import { batchOf, loadLabels, unseen2Ids, unseen3Ids, unseenIds } from "../../eval/tagging/labels.ts";
import { CRISES } from "../../src/model/tags.ts";

const labels = loadLabels();
const crises = new Set<string>(CRISES);

describe("tagging eval labels", () => {
  it("have one shape: unique ids, known languages, forms, codes and crises, a cited source", () => {
    expect(new Set(labels.map((label) => label.id)).size).toBe(labels.length);
    for (const label of labels) {
      expect(["en", "de", "ru", "fr", "es"]).toContain(label.language);
      expect(label.id.startsWith(`${label.language}-`)).toBe(true);
      expect(["headline", "headline+lede"]).toContain(label.form);
      for (const country of label.countries) expect(country).toMatch(/^[A-Z]{2}$/);
      for (const crisis of label.crises) expect(crises.has(crisis)).toBe(true);
      expect(typeof label.subnationalOnly).toBe("boolean");
      if (label.subnationalOnly) expect(label.countries.length).toBeGreaterThan(0);
      expect([1, 2, 3]).toContain(batchOf(label));
      expect(label.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(label.source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it("keep the first two unseen parts as they were and the whole third batch unseen", () => {
    const first = unseenIds(labels);
    const second = unseen2Ids(labels);
    const third = unseen3Ids(labels);
    expect(first.size).toBe(125);
    expect(second.size).toBe(99);
    expect(third.size).toBe(labels.filter((label) => batchOf(label) === 3).length);
    for (const id of third) {
      expect(first.has(id)).toBe(false);
      expect(second.has(id)).toBe(false);
    }
  });
});
