import type { DedupCandidate } from "../../src/dedup/story-index.ts";

/** A report with defaults; tests override what they are about. All text is invented. */
export function report(overrides: Partial<DedupCandidate> & { itemId: string }): DedupCandidate {
  return {
    guid: overrides.itemId,
    canonicalUrl: `https://news.example/${overrides.itemId}`,
    feedId: "feed-a",
    title: "",
    summary: "",
    language: "en",
    published: "2026-05-04T08:00:00.000Z",
    ...overrides,
  };
}

export const SINDH = {
  title: "Floods cut off 14 villages in Pakistan's Dadu district",
  summary:
    "Floodwater from the Indus cut road links to 14 villages in Dadu district of Sindh province on Monday, " +
    "local officials said, and the army sent boats to reach families stranded on rooftops.",
};

/** The same wire report as SINDH, rewritten by another outlet with a newer figure. */
export const SINDH_REWRITE = {
  title: "UPDATE 1-Army boats reach villages cut off by Indus floods in Sindh",
  summary:
    "The army sent boats on Monday to reach families stranded on rooftops in 16 villages of Dadu district, " +
    "Sindh province, after floodwater from the Indus cut road links, local officials said.",
};

/** The same template about a different district and province. */
export const PUNJAB = {
  title: "Floods cut off 14 villages in Pakistan's Rajanpur district",
  summary:
    "Floodwater from the Indus cut road links to 14 villages in Rajanpur district of Punjab province on Monday, " +
    "local officials said, and rescue workers used tractors to reach families stranded on rooftops.",
};

/** The SINDH event reported in German: related, not a duplicate. */
export const SINDH_DE = {
  title: "Hochwasser schneidet 14 Dörfer in Pakistan ab",
  summary:
    "Das Hochwasser des Indus hat am Montag die Straßen zu 14 Dörfern im Bezirk Dadu in der Provinz Sindh " +
    "unterbrochen. Die Armee schickte Boote zu Familien, die auf Dächern ausharren.",
};

/** One story that drifts: the third report matches the second, no longer the first. */
export const SPLIT_FIRE = [
  {
    title: "Wildfire near Split forces evacuation of two villages",
    summary:
      "A wildfire fanned by strong winds spread towards two villages north of Split in Croatia on Tuesday " +
      "and police ordered residents to leave.",
  },
  {
    title: "Croatian wildfire near Split reaches houses, firefighting planes called in",
    summary:
      "A wildfire fanned by strong winds north of Split in Croatia reached the first houses on Tuesday " +
      "afternoon. Residents of two villages had left and firefighting planes were called in from Zadar.",
  },
  {
    title: "Planes from Zadar battle Split wildfire as first houses burn",
    summary:
      "Firefighting planes from Zadar battled the wildfire north of Split in Croatia on Tuesday evening " +
      "after it reached the first houses, burning at least six.",
  },
] as const;
