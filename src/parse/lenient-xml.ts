import { decodeHTML } from "entities";

// CDATA sections and comments are copied as they are: nothing in them is markup.
const VERBATIM = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;
// Some podcast tools wrap attribute values in CDATA (text="<![CDATA[News & Politics]]>"), which
// XML does not allow; the value inside is what they mean.
const CDATA_ATTRIBUTE = /(=\s*")<!\[CDATA\[([^"]*?)\]\]>"/g;
const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,8});|#([0-9]{1,10});|([A-Za-z][A-Za-z0-9]{0,31});)?/g;
const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);
// RSS 1.0 and 0.9 items live in these namespaces, under <rdf:RDF>, whatever prefix they carry.
const RDF_FEED_NAMESPACES = ["http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"];
// Each part stops at a character the next cannot take, so a long unclosed DOCTYPE stays linear.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\][^>]*)?>)*/i;

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function numeric(code: number): string {
  return `&#x${(isXmlChar(code) ? code : 0xfffd).toString(16)};`;
}

/** One "&..." as well-formed XML: HTML's named entities as numbers, a bare "&" escaped. */
function reference(match: string, hex?: string, decimal?: string, name?: string): string {
  if (hex !== undefined) return numeric(Number.parseInt(hex, 16));
  if (decimal !== undefined) return numeric(Number.parseInt(decimal, 10));
  if (name === undefined) return "&amp;";
  if (XML_ENTITIES.has(name)) return match;
  const decoded = decodeHTML(match);
  return decoded === match
    ? `&amp;${name};`
    : [...decoded].map((char) => numeric(char.codePointAt(0) ?? 0xfffd)).join("");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** The prefix the document's feed elements carry instead of a default namespace, if any. */
function feedPrefix(text: string): string | null {
  const root = /^<([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)/.exec(text.slice(PROLOG.exec(text)?.[0].length ?? 0));
  if (!root) return null;
  const [, prefix, local] = root;
  if (local === "rss" || local === "feed") return prefix ?? null;
  if (local !== "RDF") return null;
  for (const namespace of RDF_FEED_NAMESPACES) {
    const bound = new RegExp(
      `xmlns:([\\w.-]+)\\s*=\\s*["']${namespace.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`,
    ).exec(text.slice(0, 4096));
    if (bound?.[1] && bound[1] !== prefix) return bound[1];
  }
  return null;
}

/**
 * A feed as the XML parser can read it, repaired the way feed readers are lenient: HTML's named
 * entities (&nbsp;, &eacute;) and numeric references become the characters XML allows, a bare
 * "&" is escaped, CDATA wrapped around an attribute value is unwrapped, and when the feed's own elements carry a namespace prefix (<r:rss>,
 * <rss:item>) the prefix is dropped so they read like everyone else's.
 */
export function lenientXml(text: string): string {
  const prefix = feedPrefix(text);
  const element = prefix === null ? null : new RegExp(`<(/?)${prefix}:`, "g");
  return text
    .replace(CDATA_ATTRIBUTE, (_, start: string, value: string) => `${start}${escapeAttribute(value)}"`)
    .split(VERBATIM)
    .map((part, index) => {
      // split() with a capturing group puts the verbatim parts at odd indexes.
      if (index % 2 === 1) return part;
      const escaped = part.includes("&") ? part.replace(REFERENCE, reference) : part;
      return element === null ? escaped : escaped.replace(element, "<$1");
    })
    .join("");
}
