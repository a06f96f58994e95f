/** Generated Atom documents that once cost gigabytes of memory or overflowed the stack (issue 12). */

const HEAD = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile Desk</title>`;
const XHTML = "http://www.w3.org/1999/xhtml";

function entry(id: string, content: string): string {
  return `<entry><id>urn:hostile:${id}</id><title>Entry ${id}</title><updated>2026-03-10T09:00:00Z</updated>${content}</entry>`;
}

/** One ordinary entry, then `bytes` of `<a/> ` beside it; "xhtml" in the subtitle once asked for the order-keeping tree. */
export function emptyElementsAtom(bytes: number): string {
  const filler = "<a/> ".repeat(Math.floor(bytes / 5));
  return `${HEAD}<subtitle>not xhtml at all</subtitle>${entry("plain", "<content>Ordinary text.</content>")}${filler}</feed>`;
}

/** An entry whose XHTML content nests `depth` spans around one word, then an ordinary entry. */
export function nestedSpansAtom(depth: number): string {
  const deep = `<div xmlns="${XHTML}">${"<span>".repeat(depth)}bottom${"</span>".repeat(depth)}</div>`;
  return `${HEAD}${entry("deep", `<content type="xhtml">${deep}</content>`)}${entry("after", "<content>Still here.</content>")}</feed>`;
}

/** An entry whose XHTML content is one paragraph of `bytes` of text with ampersands, which escaping lengthens. */
export function longXhtmlAtom(bytes: number): string {
  const text = "Tides &amp; gauges. ".repeat(Math.floor(bytes / 20));
  return `${HEAD}${entry("long", `<content type="xhtml"><div xmlns="${XHTML}"><p>${text}</p><p>tail</p></div></content>`)}</feed>`;
}
