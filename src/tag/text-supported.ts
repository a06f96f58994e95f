import type { Evidence, Tags } from "../model/tags.ts";

/**
 * The tags a report's own words support: those its feed's hints alone gave (a feed configured
 * for Kazakhstan, a feed's custom tags) are dropped. A report joining another feed's story adds
 * only these, so what a feed says about itself never relabels someone else's article.
 */
export function textSupported(tags: Tags): Tags {
  const evidence = tags.evidence.filter((entry) => entry.field !== "feed");
  const supported = (kind: Evidence["kind"]) => (tag: string) =>
    evidence.some((entry) => entry.kind === kind && entry.tag === tag);
  return {
    language: tags.language,
    countries: tags.countries.filter(supported("country")),
    regions: tags.regions.filter(supported("region")),
    crises: tags.crises.filter(supported("crisis")),
    custom: tags.custom.filter(supported("custom")),
    evidence,
  };
}
