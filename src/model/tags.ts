/** The crisis slugs sitrep tags with. The list is stable: slugs may be added, never renamed. */
export const CRISES = [
  "armed-conflict",
  "terrorism",
  "unrest",
  "crackdown",
  "state-of-emergency",
  "internet-shutdown",
  "coup",
  "earthquake",
  "flood",
  "storm",
  "wildfire",
  "drought",
  "epidemic",
  "displacement",
  "food-crisis",
] as const;
export type Crisis = (typeof CRISES)[number];

/** The custom tag of sitrep's own signal stories (see src/signals). */
export const SIGNAL_TAG = "signal";

export type TagField = "title" | "summary" | "content";

/** Why a tag was given: which rule fired on which terms in which field. */
export interface Evidence {
  tag: string;
  kind: "country" | "region" | "crisis" | "custom";
  rule: string;
  field: TagField | "feed";
  terms: string[];
}

export interface Tags {
  language: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countries: string[];
  /** UN M49 sub-region slugs plus groupings such as "sahel". */
  regions: string[];
  crises: string[];
  /** User-defined tags from the config's tagging rules. */
  custom: string[];
  evidence: Evidence[];
}

export const NO_TAGS: Tags = {
  language: null,
  countries: [],
  regions: [],
  crises: [],
  custom: [],
  evidence: [],
};
