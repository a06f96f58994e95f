import { describe, expect, it } from "vitest";
import { type Item, ItemSchema } from "../../src/model/item.ts";
import { itemId } from "../../src/normalise/item-id.ts";
import type { FeedMeta } from "../../src/normalise/normalise-feed.ts";
import { NOW, parseFixture } from "./fixture.ts";

interface Case {
  fixture: string;
  meta: FeedMeta;
  items: Partial<Item>[];
  errors?: string[];
}

const FALLBACK = NOW.toISOString();

const cases: Case[] = [
  {
    fixture: "rss2-full.xml",
    meta: {
      title: "Coastal Herald & Wire",
      link: "https://www.coastal-herald.example/world/",
      language: "en",
    },
    items: [
      {
        guid: "coastal-herald-88213",
        title: "River Marra bursts its banks as rain continues for a fifth day",
        // Relative links resolve against the channel link.
        link: "https://www.coastal-herald.example/world/2024/03/marra-floods",
        canonicalUrl: "https://coastal-herald.example/world/2024/03/marra-floods",
        published: "2024-03-05T13:30:00.000Z",
        updated: null,
        author: "Priya Okonkwo",
        summary: "Emergency crews moved 2,400 residents from low-lying districts overnight.",
        categories: ["Floods", "Weather"],
        language: "en",
      },
      {
        // A permalink guid stands in for the missing <link>; the RSS author's address is dropped.
        guid: "https://www.coastal-herald.example/world/2024/03/veskor-talks",
        link: "https://www.coastal-herald.example/world/2024/03/veskor-talks",
        author: "Tomas Lindqvist",
        published: "2024-03-04T09:05:00.000Z",
        contentHtml: "Delegations from both sides met for the first time since January, mediators said.",
      },
    ],
  },
  {
    fixture: "rss091.xml",
    meta: { title: "Valley Radio Bulletins", link: "http://valley-radio.example/", language: "fr" },
    items: [
      {
        // No guid in RSS 0.91: the canonical URL identifies the item.
        guid: "https://valley-radio.example/bulletins/4411.html",
        title: "Route nationale fermée après un glissement de terrain",
        link: "http://valley-radio.example/bulletins/4411.html",
        summary: "La route restera fermée au moins jusqu'à vendredi, selon la préfecture.",
        published: FALLBACK,
        language: "fr",
      },
      { title: "Écoles rouvertes dans trois communes", summary: "Les cours reprennent lundi matin." },
    ],
  },
  {
    fixture: "rdf.xml",
    meta: { title: "Relief Notes", link: "https://relief-notes.example/", language: "es" },
    items: [
      {
        guid: "https://relief-notes.example/notes/301",
        title: "Convoy reaches Tamrit after three-day delay",
        published: "2024-03-03T23:45:00.000Z",
        author: "Lucía Fernández",
        categories: ["Food aid", "Logistics"],
        language: "es",
      },
    ],
  },
  {
    fixture: "atom10.xml",
    meta: { title: "Crisis Monitor", link: "https://monitor.example/", language: "en" },
    items: [
      {
        guid: "tag:monitor.example,2024:quake-qarun",
        title: "Aftershocks rattle Qarun valley",
        // Entry xml:base "2024/" on top of the feed's xml:base.
        link: "https://monitor.example/reports/2024/quake-qarun.html",
        published: "2024-03-06T03:15:00.000Z",
        updated: "2024-03-06T07:00:00.000Z",
        author: "Sami Haddad, Lena Kraus",
        summary: "A 5.1 aftershock was felt across the valley; no new casualties were reported.",
        categories: ["Earthquakes", "middle-east"],
        language: "en",
      },
      {
        title: "Lawinenwarnstufe in Tirol erhöht",
        // Only <updated>: it stands in for the publication date. Authors inherit from the feed.
        published: "2024-03-05T18:20:00.000Z",
        author: "Monitor Desk",
        contentHtml: "<p>Die Behörden raten von Skitouren abseits der Pisten ab.</p>",
        summary: "Die Behörden raten von Skitouren abseits der Pisten ab.",
        language: "de",
      },
      {
        link: null,
        contentHtml: "<p>Shelter capacity: 300 &lt; demand &amp; rising.</p>",
        summary: "Shelter capacity: 300 < demand & rising.",
      },
    ],
  },
  {
    fixture: "atom03.xml",
    meta: { title: "Harbour Watch", link: "http://harbour-watch.example/", language: "en" },
    items: [
      {
        guid: "tag:harbour-watch.example,2024:surge-lifted",
        link: "http://harbour-watch.example/2024/03/surge-lifted",
        canonicalUrl: "https://harbour-watch.example/2024/03/surge-lifted",
        published: "2024-03-02T09:10:00.000Z",
        updated: "2024-03-02T09:40:00.000Z",
        author: "Harbour Watch Team",
        contentHtml: "<p>Ferries will run to the normal timetable from <strong>noon</strong>.</p>",
      },
    ],
  },
  {
    fixture: "jsonfeed10.json",
    meta: {
      title: "Dispatches from the Plateau",
      link: "https://plateau-dispatches.example/",
      language: null,
    },
    items: [
      {
        guid: "https://plateau-dispatches.example/2024/03/wells",
        link: "https://plateau-dispatches.example/2024/03/wells/",
        canonicalUrl: "https://plateau-dispatches.example/2024/03/wells",
        author: "Amara Diallo",
        summary: "Three of five wells have run dry.",
        contentHtml: "<p>Three of the five wells in Kouré have run dry since February.</p>",
        categories: ["drought", "water"],
        // No language in the feed: the configured hint applies.
        language: "en",
      },
    ],
  },
  {
    fixture: "jsonfeed11.json",
    meta: { title: "Northern Line Updates", link: "https://northern-line.example/", language: "nb" },
    items: [
      {
        guid: "1042",
        link: "https://northern-line.example/nyheter/1042",
        published: "2024-03-05T12:00:00.000Z",
        updated: "2024-03-05T14:10:00.000Z",
        author: "Ingrid Solberg, Ola Nordmann",
        contentHtml:
          "<p>Alle avganger etter klokken 14 er innstilt.<br />Neste oppdatering kommer i kveld.</p>",
        categories: ["uvær", "Transport"],
        language: "nb",
      },
      {
        guid: "english-1043",
        link: "https://wire.example/storm-norway",
        author: "Redaksjonen",
        summary: "Ferry operators suspended all crossings.",
        language: "en",
      },
    ],
    errors: ["item 3: id: expected a string (or a number)"],
  },
  {
    fixture: "russian.xml",
    meta: { title: "Вестник Приречья", link: "https://vestnik-prirechya.example/", language: "ru" },
    items: [
      {
        title: "Паводок в Заречном районе: эвакуированы 300 жителей",
        summary: "Уровень воды в реке поднялся на полтора метра за сутки, сообщили спасатели.",
        categories: ["Происшествия"],
        published: "2024-03-06T08:20:00.000Z",
        language: "ru",
      },
    ],
  },
  {
    fixture: "german.xml",
    meta: { title: "Rundschau Südwest", link: "https://rundschau-suedwest.example/", language: "de" },
    items: [
      {
        title: "Hochwasser: Straßensperrungen in Überlingen und Müllheim",
        author: "Jürgen Weiß",
        summary:
          "Die Feuerwehr rät, größere Umwege über die B 31 zu fahren; Schulbusse fahren äußerst eingeschränkt.",
        published: "2024-03-06T08:45:00.000Z",
        language: "de",
      },
    ],
  },
  {
    fixture: "tracking.xml",
    meta: { title: "Tracked Links Gazette", link: "https://gazette.example/", language: null },
    items: [
      { canonicalUrl: "https://gazette.example/labour/port-strike?story=77" },
      { canonicalUrl: "https://gazette.example/labour/port-strike?story=77" },
    ],
  },
  {
    fixture: "dates.xml",
    meta: { title: "Date Trials", link: "https://dates.example/", language: null },
    items: [
      { guid: "d1", published: "2024-03-05T13:30:00.000Z" },
      { guid: "d2", published: "2024-03-05T14:00:00.000Z" },
      { guid: "d3", published: "2024-03-05T14:30:00.000Z" },
      { guid: "d4", published: "2024-03-05T14:30:00.000Z" },
      // Unreadable and absurd dates fall back to the time the item was seen, and are reported.
      ...["d5", "d6", "d7", "d8", "d9", "d10"].map((guid) => ({ guid, published: FALLBACK, updated: null })),
    ],
    errors: [
      'item 5: unusable published date "last Tuesday, probably"',
      'item 6: unusable published date "Fri, 31 Dec 9999 23:59:59 GMT"',
      'item 7: unusable published date "0000-01-01T00:00:00Z"',
      'item 8: unusable published date "Sun, 17 Mar 2024 12:00:00 GMT"',
      'item 9: unusable published date "Thu, 01 Jan 1970 00:00:00 GMT"',
    ],
  },
  {
    fixture: "missing-fields.xml",
    meta: { title: "Sparse Feed", link: "https://sparse.example/", language: null },
    items: [
      { title: "Only a title", guid: "Only a title", link: null },
      { title: "", guid: "https://sparse.example/only-link" },
      { title: "", guid: "only-guid-55", link: null },
      { title: "Last item survives" },
    ],
    errors: [
      "item 4: no title, link or guid",
      "item 5: no title, link or guid",
      "item 6: no title, link or guid",
    ],
  },
  {
    fixture: "empty-rss.xml",
    meta: { title: "Quiet Feed", link: "https://quiet.example/", language: null },
    items: [],
  },
  { fixture: "empty-atom.xml", meta: { title: "Quiet Atom Feed", link: null, language: null }, items: [] },
];

describe("parseFeed over fixtures", () => {
  it.each(cases)("$fixture", async ({ fixture, meta, items, errors = [] }) => {
    const parsed = await parseFixture(fixture);
    expect(parsed.meta).toEqual(meta);
    expect(parsed.errors).toEqual(errors);
    expect(parsed.items).toHaveLength(items.length);
    parsed.items.forEach((item, index) => {
      expect(ItemSchema.parse(item)).toEqual(item);
      expect(item).toMatchObject({ feedId: "fixture", id: itemId("fixture", item.guid), ...items[index] });
    });
  });
});

describe("Atom content", () => {
  it("keeps the order of XHTML mixed content and resolves its links against xml:base", async () => {
    const [quake] = (await parseFixture("atom10.xml")).items;
    expect(quake?.contentHtml).toContain(
      "<p>The aftershock struck at <b>05:52</b> local time, <i>seismologists</i> said.</p>",
    );
    expect(quake?.contentHtml).toContain('<a href="https://monitor.example/reports/maps/qarun.html">');
    // The wrapper <div> belongs to Atom, not to the content.
    expect(quake?.contentHtml).not.toContain("<div");
  });

  it("sanitises content:encoded and resolves its relative links against the channel link", async () => {
    const [marra] = (await parseFixture("rss2-full.xml")).items;
    expect(marra?.contentHtml).toContain(
      '<a href="https://www.coastal-herald.example/maps/marra">flood map</a>',
    );
    expect(marra?.contentHtml).toContain(
      '<img src="https://www.coastal-herald.example/img/marra-bridge.jpg" alt="The old bridge under water" />',
    );
    expect(marra?.contentHtml).toContain("<figcaption>The old bridge on Wednesday morning.</figcaption>");
  });
});

describe("item ids", () => {
  it("stay the same across polls, even for items without a date, guid or link", async () => {
    const first = await parseFixture("missing-fields.xml");
    const later = await parseFixture("missing-fields.xml", { now: new Date("2024-03-12T08:00:00Z") });
    expect(later.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(new Set(first.items.map((item) => item.id)).size).toBe(first.items.length);
    for (const item of first.items) expect(item.id).toMatch(/^[\w-]{16}$/);
  });

  it("differ between feeds for the same guid", async () => {
    const a = await parseFixture("rss2-full.xml", { feedId: "a" });
    const b = await parseFixture("rss2-full.xml", { feedId: "b" });
    expect(a.items[0]?.id).not.toBe(b.items[0]?.id);
  });
});
