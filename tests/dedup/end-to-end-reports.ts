/**
 * Invented reports for end-to-end.test.ts (places are real, events are not): one
 * story told by four outlets, a German report of it, a look-alike from another town, and news
 * that has nothing to do with it.
 */
import type { FixtureEntry } from "../helpers/feeds.ts";

export interface Report extends FixtureEntry {
  /** Declared per item (JSON Feed `language`); otherwise the feed's language applies. */
  language?: string;
}

/** The wire copy, word for word as two outlets ran it under their own links. */
const WIRE = {
  title: "Protesters seize city hall in Karakol after night of clashes",
  summary:
    "Several thousand demonstrators occupied the municipal building in the Kyrgyz town of Karakol on " +
    "Saturday after police withdrew, witnesses said. Local officials said at least 14 people were injured " +
    "in overnight clashes that followed the arrest of a popular opposition councillor.",
};

export const KARAKOL = {
  wire: { id: "karakol-city-hall", ...WIRE, published: "2026-11-21T08:00:00Z" },
  wireAgain: { id: "kg-2611-protest", ...WIRE, published: "2026-11-21T08:05:00Z" },
  rewrite: {
    id: "karakol-occupation",
    title: "Karakol demonstrators occupy municipal building; 14 hurt in clashes",
    summary:
      "Crowds of several thousand took control of the city hall in Karakol, Kyrgyzstan, on Saturday once " +
      "police pulled back, according to witnesses. At least 14 people were hurt in clashes overnight, which " +
      "began after an opposition councillor was arrested, local officials said.",
    published: "2026-11-21T09:30:00Z",
  },
  /** Hours later, with a higher figure and a wire prefix. */
  update: {
    id: "karakol-update-1",
    title: "UPDATE 1-Protesters hold Karakol city hall as injured rise to 19",
    summary:
      "Several thousand demonstrators still occupied the municipal building in the Kyrgyz town of Karakol " +
      "on Saturday afternoon after police withdrew. Local officials said at least 19 people were injured in " +
      "overnight clashes that followed the arrest of a popular opposition councillor.",
    published: "2026-11-21T15:00:00Z",
  },
  german: {
    id: "karakol-rathaus",
    title: "Demonstranten besetzen Rathaus in Karakol",
    summary:
      "Mehrere tausend Menschen haben am Samstag das Rathaus der kirgisischen Stadt Karakol besetzt, " +
      "nachdem sich die Polizei zurückgezogen hatte. Bei Zusammenstößen in der Nacht wurden nach " +
      "Behördenangaben mindestens 14 Menschen verletzt.",
    published: "2026-11-21T10:00:00Z",
    language: "de",
  },
} satisfies Record<string, Report>;

export const OTHERS = {
  /** The same template and most of the words, but another town and another quarrel: another event. */
  talas: {
    id: "talas-city-hall",
    title: "Protesters seize city hall in Talas after night of clashes",
    summary:
      "Several hundred demonstrators occupied the municipal building in the Kyrgyz town of Talas on " +
      "Saturday after police withdrew, witnesses said. Local officials said at least three people were " +
      "injured in overnight clashes over a disputed land deal.",
    published: "2026-11-21T09:00:00Z",
  },
  niamey: {
    id: "niamey-flood",
    title: "Niger River bursts its banks in Niamey, thousands flee",
    summary:
      "Floodwater swept through low-lying districts of the Nigerien capital after a week of heavy rain " +
      "upstream. The civil protection agency said about 9,000 residents had moved to schools and mosques " +
      "on higher ground.",
    published: "2026-11-21T07:00:00Z",
  },
  maiduguri: {
    id: "maiduguri-cholera",
    title: "Cholera cases climb in camps around Maiduguri",
    summary:
      "Health workers in Borno state recorded 212 suspected cases in a week, most of them children, as " +
      "rains flooded latrines in displacement camps.",
    published: "2026-11-21T06:00:00Z",
  },
} satisfies Record<string, Report>;
