/** Hostile and healthy feed documents, written for the end-to-end hostile-input test. */
const recent = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toUTCString();

export function rss(items: string, head = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${head}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Provincial Monitor</title><link>https://monitor.example/</link><description>Regional bulletins</description>
${items}
</channel></rss>`;
}

export function rssItem(fields: {
  guid: string;
  title: string;
  body?: string;
  date?: string;
  link?: string;
}) {
  return `<item><guid isPermaLink="false">${fields.guid}</guid><title>${fields.title}</title>
<link>${fields.link ?? `https://monitor.example/${fields.guid}`}</link><pubDate>${fields.date ?? recent(5)}</pubDate>
<description>${fields.body ?? "A short bulletin from the provincial desk."}</description></item>`;
}

export const healthyFeed = () =>
  rss(
    [
      rssItem({
        guid: "ok-1",
        title: "Ferry service resumes between the islands after the storm",
        body: "Harbour officials said the first crossing left at dawn with a full load of supplies.",
      }),
      rssItem({
        guid: "ok-2",
        title: "Teachers in the northern district end their week-long strike",
        body: "Schools will reopen on Monday after the union accepted the revised pay offer.",
      }),
      rssItem({
        guid: "ok-3",
        title: "Drought relief grain arrives at the southern depots",
        body: "Trucks carrying sorghum reached three distribution points, aid workers said.",
      }),
    ].join("\n"),
  );

export const billionLaughs = () =>
  rss(
    rssItem({ guid: "lol", title: "Bulletin &lol9;" }),
    `
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n || ""};`.repeat(10)}">`).join("\n  ")}
]>`,
  );

export const PASSWD_MARKER = /root:.*:0:0:/;
export const externalEntity = () =>
  `<?xml version="1.0"?>
<!-- harmless-looking comment first -->
<?xml-stylesheet href="style.xsl"?>
<!DOCTYPE feed [ <!ENTITY leak SYSTEM "file:///etc/passwd"> <!ENTITY % remote SYSTEM "http://169.254.169.254/x"> %remote; ]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Border watch</title><id>urn:border</id>
<entry><id>urn:border:1</id><title>Checkpoint report &leak;</title><updated>2026-01-01T00:00:00Z</updated>
<content type="html">&leak;</content></entry></feed>`;

export const htmlPage = () =>
  `<!DOCTYPE html><html><head><title>Monitor</title></head><body><h1>Welcome to the Provincial Monitor</h1>
<p>Our feed has moved. Please update your bookmarks.</p></body></html>`;

/** Deterministic noise (a seeded xorshift), so a failure can be replayed. */
export function randomBytes(length: number, seed = 0x5eed): Buffer {
  let state = seed;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const DATED: [string, string, string][] = [
  [
    "0000-01-01T00:00:00Z",
    "Water supply restored to the eastern wards",
    "Engineers replaced a burst main under the market.",
  ],
  [
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Curfew lifted in the port city",
    "Shops reopened and the night ferries resumed.",
  ],
  [
    "the day after tomorrow",
    "Measles cases climb in the border camps",
    "Clinics asked for more vaccine doses.",
  ],
  [
    "2026-02-30T10:00:00Z",
    "Wildfire smoke closes the regional airport",
    "Flights were diverted to the capital.",
  ],
  [
    "-000001-01-01T00:00:00Z",
    "Farmers block the highway over fuel prices",
    "Tractors stood across all four lanes.",
  ],
  [
    "+275760-09-13T00:00:00Z",
    "Landslide cuts the rail line to the coast",
    "Freight trains were halted at the junction.",
  ],
  ["1e308", "Striking miners return to the pits", "The union accepted a phased pay rise."],
  ["", "Aid flights resume after the runway repair", "The first cargo plane landed at noon."],
];
export const absurdDates = () =>
  rss(DATED.map(([date, title, body], n) => rssItem({ guid: `date-${n}`, title, body, date })).join("\n"));

const HUGE_ITEMS = 100_000;
export const hugeFeed = () => {
  const start = Date.now() - 86_400_000;
  const items = Array.from(
    { length: HUGE_ITEMS },
    (_, n) =>
      `<item><guid>n${n}</guid><title>Notice ${n}</title><pubDate>${new Date(start - n * 1000).toUTCString()}</pubDate></item>`,
  );
  return rss(items.join(""));
};

export const megabyteTitle = () =>
  rss(
    rssItem({
      guid: "long",
      title: "Evacuation ordered for the valley ".repeat(30_000),
      body: "Sirens sounded in every village below the dam.",
    }),
  );

/** A title with a truncated sequence, a byte never valid in UTF-8 and an encoded surrogate. */
export const invalidUtf8 = () => {
  const [before = "", after = ""] = rss(
    rssItem({
      guid: "bytes",
      title: "Flood warning for the delta @@ villages",
      body: "The meteorological office expects the river to peak on Thursday.",
    }),
  ).split("@@");
  return Buffer.concat([
    Buffer.from(before),
    Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
    Buffer.from(after),
  ]);
};

export const emptyFeed = () => rss("");
