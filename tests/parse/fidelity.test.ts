import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeFeed } from "../../src/fetch/charset.ts";
import { fetchFeed } from "../../src/fetch/fetcher.ts";
import { parseFeed } from "../../src/ingest/parse-feed.ts";
import type { Item } from "../../src/model/item.ts";
import { testLimits } from "../fetch/fixtures/feeds.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { CONTEXT } from "./fixture.ts";

/** What a publisher's broken pipeline makes of UTF-8 text: its bytes read back as windows-1252 or Latin-1. */
const doublyEncoded = (text: string, charset = "windows-1252") =>
  iconv.decode(Buffer.from(text, "utf8"), charset);

function rss(items: string, channel = ""): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fixture desk</title><link>https://desk.example/</link>${channel}${items}</channel></rss>`;
}

async function items(document: string, context = {}): Promise<Item[]> {
  return (await parseFeed(document, { ...CONTEXT, ...context })).items;
}

describe("double-encoded UTF-8", () => {
  // Cyrillic goes through Latin-1: windows-1252 leaves the byte of "Н" (9D) undefined.
  const headlines: [string, string][] = [
    ["Hochwasser in Köln: Pegel steigt über neun Meter", "windows-1252"],
    ["Incendie maîtrisé près de Marseille, l’autoroute rouverte", "windows-1252"],
    ["Evacuación en Málaga tras el temporal — «sin heridos»", "latin1"],
    ["Наводнение в Краснодаре: эвакуированы 300 человек", "latin1"],
  ];

  it("repairs each field, whatever script the text is in", async () => {
    const document = rss(
      headlines
        .map(
          ([title, charset], index) =>
            `<item><title>${doublyEncoded(title, charset)}</title><link>https://desk.example/${index}</link><description>${doublyEncoded(`Bericht: ${title}`, charset)}</description><author>desk@desk.example (${doublyEncoded("Jürgen Weiß", charset)})</author></item>`,
        )
        .join(""),
    );
    const parsed = await items(
      decodeFeed(Buffer.from(document, "utf8"), "application/rss+xml; charset=utf-8"),
    );
    expect(parsed.map((item) => item.title)).toEqual(headlines.map(([title]) => title));
    expect(parsed.map((item) => item.summary)).toEqual(headlines.map(([title]) => `Bericht: ${title}`));
    expect(parsed.every((item) => item.author === "Jürgen Weiß")).toBe(true);
  });

  it("repairs a field that mixes good and doubly encoded text, and leaves real text alone", async () => {
    const mixed = `Köln: ${doublyEncoded("Straßen gesperrt")}`;
    const untouched = ["São Paulo: chuva forte", "CAFÉ« ouvert", "naïve Zürich – Ärger"];
    const parsed = await items(
      rss(
        [mixed, ...untouched]
          .map(
            (title, index) =>
              `<item><title>${title}</title><link>https://desk.example/m${index}</link></item>`,
          )
          .join(""),
      ),
    );
    expect(parsed.map((item) => item.title)).toEqual(["Köln: Straßen gesperrt", ...untouched]);
  });

  it("reads windows-1252 characters written as C1 controls (&#150;, or a byte in an ISO-8859-15 document)", async () => {
    const document = `<?xml version="1.0" encoding="iso-8859-15"?><rss version="2.0"><channel><title>Desk</title><item><title>Flood &#150; Gdynia</title><link>https://desk.example/c1</link><description>Pa\u009a\u00e1k</description></item></channel></rss>`;
    const [item] = await items(decodeFeed(iconv.encode(document, "latin1"), null));
    expect(item?.title).toBe("Flood – Gdynia");
    expect(item?.summary).toBe("Pašák");
  });

  it("reads legacy charsets by their declaration, and undeclared non-UTF-8 as windows-1252", async () => {
    const title = "Паводок в Якутии";
    const document = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><item><title>${title}</title><link>http://news.example/1</link></item></channel></rss>`;
    const parsed = await items(decodeFeed(iconv.encode(document, "windows-1251"), null));
    expect(parsed[0]?.title).toBe(title);
    const undeclared = `<rss version="2.0"><channel><title>Desk</title><item><title>Inundações em São Paulo – 2º dia</title><link>https://desk.example/w</link></item></channel></rss>`;
    const [western] = await items(decodeFeed(iconv.encode(undeclared, "windows-1252"), null));
    expect(western?.title).toBe("Inundações em São Paulo – 2º dia");
  });
});

describe("markup in titles", () => {
  const atom = (entries: string) =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fixture desk</title><id>urn:fixture:desk</id>${entries}</feed>`;
  const entry = (id: number, title: string) =>
    `<entry><id>urn:fixture:${id}</id><link href="https://desk.example/${id}"/>${title}</entry>`;

  it("keeps a text title literal and reduces an HTML title to its text", async () => {
    const parsed = await items(
      atom(
        [
          entry(1, `<title type="text">Why the &lt;blink&gt; tag went away</title>`),
          entry(2, `<title>Budget &lt;draft&gt; leaked</title>`),
          entry(3, `<title type="html">Dam &lt;b&gt;breach&lt;/b&gt; feared</title>`),
          entry(4, `<title type="html">Why the &amp;lt;blink&amp;gt; tag went away</title>`),
          entry(
            5,
            `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Storm <em>Ilse</em> nears &lt;coast&gt;</div></title>`,
          ),
        ].join(""),
      ),
    );
    expect(parsed.map((item) => item.title)).toEqual([
      "Why the <blink> tag went away",
      "Budget <draft> leaked",
      "Dam breach feared",
      "Why the <blink> tag went away",
      "Storm Ilse nears <coast>",
    ]);
  });

  it("never lets an unclosed tag swallow the rest of an HTML headline", async () => {
    const parsed = await items(
      atom(
        [
          entry(1, `<title type="html">Levee &lt;object data="x"&gt; holds after the night</title>`),
          entry(2, `<title type="html">Rescue &lt;b&gt;teams reach the valley</title>`),
          entry(3, `<title type="html">Relief &lt;script&gt;alert(1)&lt;/script&gt;convoy arrives</title>`),
        ].join(""),
      ),
    );
    expect(parsed.map((item) => item.title)).toEqual([
      "Levee holds after the night",
      "Rescue teams reach the valley",
      "Relief convoy arrives",
    ]);
  });

  it("reads a whole HTML page given as a title as its page title and text, never its scripts", async () => {
    // Scripts hidden in comments, opened with a tag that spans lines, and handlers on the body.
    const page = `<!DOCTYPE html><html><head><title>Reservoir alert</title></head>
<body onload="track();"><!-- <script> --><script

>function track() { /* <script> */ document.title = "pwned"; }</script
>
<h1>Spillway opened at dawn</h1><div onmouseover="track()">Residents told to keep away</div></body></html>`;
    const parsed = await items(
      atom(entry(1, `<title type="html">${page.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>`)),
    );
    expect(parsed[0]?.title).toBe("Reservoir alert Spillway opened at dawn Residents told to keep away");
  });

  it("reads RSS titles as text unless they look like HTML", async () => {
    const parsed = await items(
      rss(
        [
          "<title>Ministers debate the &lt;emergency&gt; bill</title>",
          "<title>Aid &amp; relief &lt;b&gt;doubles&lt;/b&gt;</title>",
          "<title>AT&amp;T restores lines</title>",
        ]
          .map((title, index) => `<item>${title}<link>https://desk.example/r${index}</link></item>`)
          .join(""),
      ),
    );
    expect(parsed.map((item) => item.title)).toEqual([
      "Ministers debate the <emergency> bill",
      "Aid & relief doubles",
      "AT&T restores lines",
    ]);
  });
});

describe("Atom base64", () => {
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

  it('decodes Atom 0.3 mode="base64" and Atom 1.0 binary types', async () => {
    const document = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Desk</title>
      <entry><id>urn:fixture:1</id><title mode="base64">${base64("Bridge reopens in Mostar")}</title>
        <summary type="text/html" mode="base64">${base64("<p>Traffic <b>resumed</b> at noon.</p>")}</summary>
        <content type="text/html" mode="base64">${base64("<p>Traffic <b>resumed</b> at noon.</p>")}</content></entry></feed>`;
    const [item] = await items(document);
    expect(item?.title).toBe("Bridge reopens in Mostar");
    expect(item?.summary).toBe("Traffic resumed at noon.");
    expect(item?.contentHtml).toContain("<b>resumed</b>");

    const atom10 = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><id>urn:fixture:2</id>
      <title type="application/octet-stream">${base64("Ferry service <resumes>")}</title></entry></feed>`;
    expect((await items(atom10))[0]?.title).toBe("Ferry service <resumes>");
  });
});

describe("relative links", () => {
  let server: TestServer;
  const feed = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
    <item><title>Shelter list updated</title><link>shelters/list.html</link></item>
    <item><title>Only a relative guid</title><guid>/bulletins/44</guid></item></channel></rss>${base}`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/reports/"><title>Desk</title>
    <entry xml:base="2024/"><id>/reports/ids/9</id><title>Pass closed</title><link href="pass.html"/></entry></feed>`;

  beforeAll(async () => {
    server = await startServer((req, res) => {
      switch (req.url) {
        case "/moved":
          return void res.writeHead(301, { location: "/feeds/desk/rss.xml" }).end();
        case "/feeds/desk/rss.xml":
          return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed(""));
        case "/located":
          return void res
            .writeHead(200, {
              "content-type": "application/atom+xml",
              "content-location": "/mirror/atom.xml",
            })
            .end(atom);
        default:
          res.writeHead(404).end();
      }
    });
  });
  afterAll(() => server.close());

  async function fetched(path: string): Promise<Item[]> {
    const result = await fetchFeed(`${server.url}${path}`, null, testLimits());
    if (result.kind !== "ok") throw new Error("expected a body");
    return items(result.text, { feedUrl: result.baseUrl });
  }

  it("resolves against the feed's final URL after redirects and keeps items whose only link is relative", async () => {
    const parsed = await fetched("/moved");
    expect(parsed.map((item) => item.link)).toEqual([
      `${server.url}/feeds/desk/shelters/list.html`,
      `${server.url}/bulletins/44`,
    ]);
  });

  it("resolves against Content-Location, then xml:base, for links and ids", async () => {
    const [item] = await fetched("/located");
    expect(item?.link).toBe(`${server.url}/reports/2024/pass.html`);
    expect(item?.guid).toBe(`${server.url}/reports/ids/9`);
  });
});

describe("items without a title", () => {
  it("keeps them with a headline from the description's first sentence, and says so", async () => {
    const long = `${"Water levels along the lower river keep rising ".repeat(4)}and more rain is due.`;
    const parsed = await parseFeed(
      rss(
        [
          "<item><description>Dr. Amadi opened two field clinics in Goma. Supplies arrive on Friday.</description><guid>a1</guid></item>",
          `<item><description>&lt;p&gt;${long}&lt;/p&gt;</description><guid>a2</guid></item>`,
          "<item><description>Curfew lifted</description><guid>a3</guid></item>",
          "<item><description>&lt;p&gt;&amp;lt;script&amp;gt;Roads reopen&lt;/p&gt;</description><guid>a4</guid></item>",
        ].join(""),
      ),
      CONTEXT,
    );
    expect(parsed.items.map((item) => item.title)).toEqual([
      "Dr. Amadi opened two field clinics in Goma.",
      expect.stringMatching(/^Water levels along the lower river keep rising .*…$/),
      "Curfew lifted",
      // Text that was markup once the description's HTML is read stays harmless in a headline.
      "Roads reopen",
    ]);
    expect(parsed.items[1]?.title.length).toBeLessThanOrEqual(120);
    expect(parsed.errors).toContain("item 1: no title; headline taken from the description");
  });
});

describe("guid collisions", () => {
  it("falls back to the link when one guid names items with different links", async () => {
    const parsed = await items(
      rss(
        [
          "<item><title>Road to Hpakant cut</title><link>https://desk.example/a#1</link><guid>desk-feed</guid></item>",
          "<item><title>Landslide buries camp</title><link>https://desk.example/a#2</link><guid>desk-feed</guid></item>",
          "<item><title>Landslide buries camp</title><link>https://desk.example/a#2</link><guid>desk-feed</guid></item>",
          "<item><title>Clinic reopens</title><link>https://desk.example/b</link><guid>clinic-5</guid></item>",
        ].join(""),
      ),
    );
    // The third item repeats the second exactly: it stays, with the same identity.
    expect(parsed.map((item) => item.title)).toEqual([
      "Road to Hpakant cut",
      "Landslide buries camp",
      "Landslide buries camp",
      "Clinic reopens",
    ]);
    expect(parsed.map((item) => item.guid)).toEqual([
      "https://desk.example/a#1",
      "https://desk.example/a#2",
      "https://desk.example/a#2",
      "clinic-5",
    ]);
  });

  it("keeps an exact repeat with its first listing's id, and the guid of an item listed twice its own", async () => {
    const bulletin =
      "<item><title>Ferry service suspended</title><link>https://desk.example/ferry</link><guid>ferry-17</guid><pubDate>Sat, 09 Mar 2024 06:00:00 GMT</pubDate></item>";
    const parsed = await parseFeed(
      rss(
        `${bulletin}<item><title>Shelter opens</title><link>https://desk.example/shelter</link><guid>shelter-4</guid></item>${bulletin}`,
      ),
      CONTEXT,
    );
    expect(parsed.items.map((item) => item.guid)).toEqual(["ferry-17", "shelter-4", "ferry-17"]);
    expect(parsed.items[2]?.id).toBe(parsed.items[0]?.id);
    expect(parsed.errors).toContain("item 3: exact repeat of item 1; stored once");
  });

  it("tells items apart by title when they share the guid and the link", async () => {
    const parsed = await items(
      rss(
        ["Morning bulletin", "Evening bulletin"]
          .map((title) => `<item><title>${title}</title><link>https://desk.example/news</link></item>`)
          .join(""),
      ),
    );
    expect(parsed.map((item) => item.title)).toEqual(["Morning bulletin", "Evening bulletin"]);
    expect(new Set(parsed.map((item) => item.id)).size).toBe(2);
  });
});

describe("lenient XML", () => {
  it("reads an attribute value wrapped in CDATA", async () => {
    const channel = `<category domain="<![CDATA[News & Politics]]>">news</category>`;
    const parsed = await items(
      rss("<item><title>Ceasefire holds</title><link>https://desk.example/c</link></item>", channel),
    );
    expect(parsed.map((item) => item.title)).toEqual(["Ceasefire holds"]);
  });

  it("reads uppercase hex references, HTML entities and bare ampersands", async () => {
    const [item] = await items(
      rss(
        "<item><title>&#X4B;yiv &amp; Lviv: power back&nbsp;&ndash; Q&A</title><link>https://desk.example/q?a=1&b=2</link></item>",
      ),
    );
    expect(item?.title).toBe("Kyiv & Lviv: power back – Q&A");
    expect(item?.link).toBe("https://desk.example/q?a=1&b=2");
  });

  it("reads RSS 2.0 and RSS 1.0 whose elements carry a prefix", async () => {
    const rss2 = `<r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>Desk</r:title>
      <r:item><r:title>Prefixed RSS 2.0 item</r:title><r:link>https://desk.example/p2</r:link></r:item></r:channel></r:rss>`;
    const rss1 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
      <rss:channel rdf:about="https://desk.example/"><rss:title>Desk</rss:title></rss:channel>
      <rss:item rdf:about="https://desk.example/p1"><rss:title>Prefixed RSS 1.0 item</rss:title><rss:link>https://desk.example/p1</rss:link></rss:item></rdf:RDF>`;
    expect((await items(rss2)).map((item) => item.title)).toEqual(["Prefixed RSS 2.0 item"]);
    expect((await items(rss1)).map((item) => item.title)).toEqual(["Prefixed RSS 1.0 item"]);
  });
});
