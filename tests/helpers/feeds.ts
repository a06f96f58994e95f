/** Small feeds written for the tests, in the three formats the worker tests serve. */

export interface FixtureEntry {
  id: string;
  title: string;
  summary: string;
  published: string;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function rssFeed(title: string, entries: FixtureEntry[], encoding = "UTF-8"): string {
  const items = entries
    .map(
      (entry) => `<item><title>${escapeXml(entry.title)}</title><link>https://news.example/${entry.id}</link>
<guid>https://news.example/${entry.id}</guid><pubDate>${new Date(entry.published).toUTCString()}</pubDate>
<description>${escapeXml(entry.summary)}</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://news.example/</link>
<description>Test feed</description>
${items}
</channel></rss>`;
}

export function atomFeed(title: string, entries: FixtureEntry[]): string {
  const body = entries
    .map(
      (entry) => `<entry><id>urn:test:${entry.id}</id><title>${escapeXml(entry.title)}</title>
<link href="https://atom.example/${entry.id}"/><updated>${entry.published}</updated>
<summary>${escapeXml(entry.summary)}</summary></entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test:feed</id>
<updated>2026-11-20T00:00:00Z</updated>
${body}
</feed>`;
}
