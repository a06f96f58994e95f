import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { GROUPINGS, REGION_SLUGS, regionEvidence, regionsOf } from "../../src/model/regions.ts";

describe("regions", () => {
  it("derives M49 sub-regions and groupings from countries", () => {
    expect(regionsOf(["KZ"])).toEqual(["central-asia"]);
    expect(regionsOf(["NG"])).toEqual(["sub-saharan-africa", "western-africa"]);
    expect(regionsOf(["ML"])).toEqual(["sahel", "sub-saharan-africa", "western-africa"]);
    expect(regionsOf(["GE", "ua"])).toEqual(["caucasus", "eastern-europe", "western-asia"]);
    expect(regionsOf(["IQ"])).toEqual(["middle-east", "western-asia"]);
  });

  it("places Taiwan and Kosovo, which M49 leaves out", () => {
    expect(regionsOf(["TW"])).toEqual(["eastern-asia"]);
    expect(regionsOf(["XK"])).toEqual(["southern-europe", "western-balkans"]);
  });

  it("ignores unknown codes", () => {
    expect(regionsOf(["ZZ", ""])).toEqual([]);
  });

  it("lists every slug it can emit, sorted", () => {
    expect(REGION_SLUGS).toEqual([...REGION_SLUGS].sort());
    for (const slug of [
      "central-asia",
      "eastern-europe",
      "western-africa",
      "sahel",
      "caucasus",
      "middle-east",
    ]) {
      expect(REGION_SLUGS).toContain(slug);
    }
    for (const slug of Object.keys(GROUPINGS)) expect(REGION_SLUGS).toContain(slug);
  });

  it("gives every inhabited ISO country at least one region", () => {
    const without = Object.keys(countries.getAlpha2Codes()).filter((code) => regionsOf([code]).length === 0);
    expect(without).toEqual(["AQ"]);
  });

  it("explains each region by the countries it came from", () => {
    const evidence = regionEvidence(
      [{ tag: "ML", kind: "country", rule: "name", field: "title", terms: ["Mali"] }],
      ["ML"],
    );
    expect(evidence).toContainEqual({
      tag: "sahel",
      kind: "region",
      rule: "grouping:sahel",
      field: "title",
      terms: ["ML"],
    });
    expect(evidence).toContainEqual({
      tag: "western-africa",
      kind: "region",
      rule: "un-m49",
      field: "title",
      terms: ["ML"],
    });
  });
});
