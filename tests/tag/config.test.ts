import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { TaggingSchema } from "../../src/tag/config.ts";

const messages = (input: unknown) => {
  const result = TaggingSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("TaggingSchema", () => {
  it("accepts {} and fills defaults", () => {
    expect(TaggingSchema.parse({})).toEqual({ custom: {}, countries: {}, crises: {}, exclude: {} });
  });

  it("accepts the documented example", () => {
    const rules = {
      custom: { election: { en: ["election*", "polling station*"], ru: ["выбор*"] } },
      countries: { KZ: { ru: ["Жанаозен~"], en: ["Zhanaozen"] } },
      crises: { "internet-shutdown": { "*": ["VPN ban"] } },
      exclude: { de: ["Sturm Graz"] },
      detectLanguages: ["ru", "kk", "en"],
    };
    expect(TaggingSchema.parse(rules)).toEqual(rules);
  });

  it("says what is wrong, key by key", () => {
    expect(
      messages({
        custom: { Elections: { en: ["vote"] } },
        countries: { KAZ: { en: ["x"] } },
        crises: { quake: { en: ["tremor"] } },
        exclude: { EN: ["x"], de: [] },
        colour: "red",
      }),
    ).toEqual([
      `custom.Elections: "Elections" is not a slug: use lower-case letters, digits, '-' or '_'`,
      `countries.KAZ: "KAZ" is not an ISO 3166-1 alpha-2 code in capitals, such as "KZ"`,
      expect.stringMatching(/^crises\.quake: "quake" is not a crisis slug; use one of armed-conflict, /),
      "exclude.de: list at least one term",
      `exclude.EN: "EN" is not a lower-case language code such as "de", or "*" for every language`,
      expect.stringMatching(/^: Unrecognized key: "colour"/),
    ]);
  });

  it("rejects malformed terms with the reason", () => {
    expect(messages({ countries: { KZ: { de: ["ka*sach"] } } })).toEqual([
      `countries.KZ.de.0: term "ka*sach": '*' may only start or end a word and '~' only end it`,
    ]);
  });

  it("is the tagging section of the whole config", () => {
    const config = ConfigSchema.parse({ feeds: [] });
    expect(config.tagging).toEqual(TaggingSchema.parse({}));
  });
});
