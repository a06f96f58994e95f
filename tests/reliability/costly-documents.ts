import { rss, rssItem } from "./hostile-documents.ts";

/**
 * Documents that cost a parser time or memory rather than break it, after issue 12: the
 * reproductions of its first three points, and a feed that is merely large.
 */

const atom = (entries: string, head = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">${head}
<title>Delta Courier</title><id>urn:courier:feed</id><updated>2026-12-01T10:00:00Z</updated>${entries}</feed>`;

/** A DOCTYPE that never ends: once a backtracking sniffer's worst case. */
export const endlessDoctype = () => `<!DOCTYPE rss${" ".repeat(100_000)}`;

/** A date of 150,000 "(" and an author of 150,000 letters, once seconds of backtracking each. */
export const runawayFields = () =>
  rss(
    `<item><guid>fields</guid><title>Harbour cranes idle as dockers walk out</title><link>https://monitor.example/fields</link>
<pubDate>${"(".repeat(150_000)}</pubDate><author>${"w".repeat(150_000)}</author></item>`,
  );

/** About 15 MiB of nested div in one item's content: tens of MB once sanitised, seconds of CPU. */
export const nestedDivs = () =>
  rss(
    rssItem({
      guid: "divs",
      title: "Curfew extended in the eastern quarter",
      body: `<![CDATA[${"<div>".repeat(3_000_000)}]]>`,
    }),
  );

/** About 15 MiB of empty elements in an Atom feed that mentions XHTML: once 2 GB of parser tree. */
export const xhtmlBloat = () => atom("<a/> ".repeat(3_000_000), '<subtitle type="xhtml">x</subtitle>');

/** 20,000 nested span inside XHTML content: once a stack overflow that lost the whole feed. */
export const deepXhtml = () =>
  atom(`<entry><title>Bridge reopens after inspection</title><id>urn:courier:deep</id>
<link href="https://courier.example/deep"/><updated>2026-12-01T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${"<span>".repeat(20_000)}Open again${"</span>".repeat(20_000)}</div></content></entry>`);

/**
 * A well-formed feed of 10,000 reports with a paragraph each: nothing hostile, only more work
 * (seconds of CPU to parse and tag) than a small processing budget allows.
 */
export const largeFeed = () => {
  const start = Date.now() - 3_600_000;
  return rss(
    Array.from({ length: 10_000 }, (_, n) =>
      rssItem({
        guid: `bulk-${n}`,
        title: `Water levels rise at gauge ${n} on the lower river`,
        body: `Gauge ${n} read ${n % 97} cm above the warning mark at noon. Residents of the nearby villages were told to move livestock to higher ground, and the ferry at crossing ${n % 13} stopped running until the current slows.`,
        date: new Date(start - n * 1000).toUTCString(),
      }),
    ).join("\n"),
  );
};
