import { expect } from "vitest";
import {
  absurdDates,
  billionLaughs,
  emptyFeed,
  externalEntity,
  healthyFeed,
  htmlPage,
  hugeFeed,
  invalidUtf8,
  megabyteTitle,
  randomBytes,
} from "./hostile-documents.ts";
import { scriptedAtom, scriptedJson, scriptedRss } from "./hostile-markup.ts";
import {
  endlessBody,
  gzipBomb,
  type Route,
  redirectLoop,
  redirectToMetadata,
  send,
  slowDrip,
} from "./hostile-servers.ts";

/**
 * The hostile-input table: one fixture server per case, and what /api/feeds and the served
 * feed must show for it afterwards, either a clear error or items cleaned.
 */

/** A feed row of /api/feeds. */
export interface FeedRow {
  id: string;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemCount: number;
  disabled: boolean;
}
export interface JsonItem {
  title: string;
  url?: string;
  content_html: string;
  date_published: string;
  authors?: { name: string }[];
}

export type Expectation =
  | { error: RegExp; disabled?: boolean }
  | { stored: (items: JsonItem[], row: FeedRow) => void };

export interface HostileCase {
  id: string;
  what: string;
  route: Route;
  path?: string;
  expect: Expectation;
}

const ENTITIES = /^refused: the DOCTYPE declares XML entities/;
const NOW = Date.now();
const titles = (items: JsonItem[]) => items.map((item) => item.title).sort();

export const CASES: HostileCase[] = [
  {
    id: "healthy",
    what: "a well-behaved feed polled alongside",
    route: send(healthyFeed()),
    expect: {
      stored: (items, row) => {
        expect(items).toHaveLength(3);
        expect(row.lastError).toBeNull();
      },
    },
  },
  {
    id: "billion-laughs",
    what: "billion-laughs entity expansion",
    route: send(billionLaughs()),
    expect: { error: ENTITIES },
  },
  {
    id: "external-entity",
    what: "an external entity naming /etc/passwd",
    route: send(externalEntity(), { "content-type": "application/atom+xml" }),
    expect: { error: ENTITIES },
  },
  {
    id: "endless",
    what: "an endless body",
    route: endlessBody,
    expect: {
      error:
        /^body too large: over \d+ bytes on the wire, limit 15728640 \(raise fetch\.maxBytes to accept more\)$/,
    },
  },
  {
    id: "gzip-bomb",
    what: "a gzip bomb (2 MB on the wire, 2 GiB inflated)",
    route: gzipBomb,
    expect: {
      error:
        /^body too large: over \d+ bytes decompressed, limit 15728640 \(raise fetch\.maxBytes to accept more\)$/,
    },
  },
  {
    id: "slow-drip",
    what: "a server sending one byte every two seconds",
    route: slowDrip,
    expect: { error: /^no complete response within 15000 ms \(fetch\.timeout\)$/ },
  },
  {
    id: "redirect-loop",
    what: "a redirect loop",
    route: redirectLoop,
    path: "/a",
    expect: { error: /redirect loop back to http:\/\/127\.0\.0\.1:\d+\/a$/ },
  },
  {
    id: "metadata",
    what: "a redirect to the link-local metadata address",
    route: redirectToMetadata,
    expect: {
      error:
        /169\.254\.169\.254 is not a public address; to fetch it anyway, add "169\.254\.169\.254" to allowPrivateHosts in the config$/,
      disabled: true,
    },
  },
  {
    id: "html-page",
    what: "a 200 HTML page instead of a feed",
    route: send(htmlPage(), { "content-type": "text/html" }),
    expect: { error: /^not a feed: got an HTML page$/ },
  },
  {
    id: "random-bytes",
    what: "64 KB of random bytes",
    route: send(randomBytes(65_536), { "content-type": "application/octet-stream" }),
    expect: { error: /^(not a feed|not well-formed XML): / },
  },
  {
    id: "zero-bytes",
    what: "a 200 with an empty body",
    route: send(""),
    expect: { error: /^not a feed: the document is empty$/ },
  },
  {
    id: "scripted-rss",
    what: "RSS items carrying script, handlers, javascript: links, iframes and styles",
    route: send(scriptedRss()),
    expect: {
      stored: (items) => {
        expect(titles(items)).toEqual(["Dyke holds for now", "Floodwaters reach the old town"]);
        expect(items.find((item) => item.title.startsWith("Flood"))?.url).toBeUndefined();
      },
    },
  },
  {
    id: "scripted-atom",
    what: "Atom entries with the same, in HTML and inline XHTML",
    route: send(scriptedAtom(), { "content-type": "application/atom+xml" }),
    expect: {
      stored: (items) => {
        expect(titles(items)).toEqual(["Evacuation buses leave the lower town", "Levee breach feared"]);
        expect(items.map((item) => item.content_html).join("\n")).toContain("Sandbags ran out at noon.");
      },
    },
  },
  {
    id: "scripted-json",
    what: "a JSON Feed item with the same, and markup in its author",
    route: send(scriptedJson(), { "content-type": "application/feed+json" }),
    expect: {
      stored: ([item]) => {
        expect(item?.title).toBe("Delta villages cut off");
        expect(item?.url).toBeUndefined();
        expect(item?.authors).toEqual([{ name: "Field reporter, Desk editor" }]);
        expect(item?.content_html).toContain("Boats are the only way into the delta villages");
      },
    },
  },
  {
    id: "absurd-dates",
    what: "dates in year 0, year 9999, beyond JavaScript's range and not dates at all",
    route: send(absurdDates()),
    expect: {
      stored: (items, row) => {
        expect(items).toHaveLength(8);
        for (const item of items) {
          const time = Date.parse(item.date_published);
          expect(time).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1));
          expect(time).toBeLessThanOrEqual(NOW + 3 * 86_400_000);
        }
        expect(row.lastError).toMatch(
          /^item problems: item 1: unusable published date "0000-01-01T00:00:00Z"/,
        );
      },
    },
  },
  {
    id: "huge",
    what: "100,000 items in one feed",
    route: send(hugeFeed()),
    expect: {
      stored: (items, row) => {
        expect(row.itemCount).toBe(10_000);
        expect(row.lastError).toMatch(/feed has 100000 items; kept the newest 10000, skipped 90000/);
        expect(items.length).toBeGreaterThan(0);
      },
    },
  },
  {
    id: "megabyte-title",
    what: "a 1 MB title",
    route: send(megabyteTitle()),
    expect: {
      stored: ([item]) => {
        expect(item?.title.length).toBeLessThanOrEqual(1000);
        expect(item?.title).toMatch(/^Evacuation ordered for the valley .*…$/);
      },
    },
  },
  {
    id: "invalid-utf8",
    what: "invalid UTF-8 in a title",
    route: send(invalidUtf8()),
    expect: {
      stored: ([item]) => {
        expect(item?.title).toMatch(/^Flood warning for the delta \uFFFD.* villages$/);
      },
    },
  },
  {
    id: "empty",
    what: "a valid feed without items",
    route: send(emptyFeed()),
    expect: {
      stored: (items, row) => {
        expect(items).toEqual([]);
        expect(row).toMatchObject({ itemCount: 0, lastError: null, consecutiveFailures: 0 });
        expect(row.lastSuccessAt).not.toBeNull();
      },
    },
  },
];
