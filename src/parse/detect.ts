import { FeedParseError } from "./feed-parse-error.ts";

export type FeedFormat = "rss" | "atom" | "json";

const COMMENT_OR_PI = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;
// The internal subset may hold ">" inside declarations, so it is matched as a whole. Each part
// starts with a character the part before cannot take, so a DOCTYPE that never ends fails in one
// pass instead of retrying every split of a long run of spaces (quadratic).
const DOCTYPE = /^<!DOCTYPE\s+([^\s>[]+)(?:\s[^>[]*)?(\[[\s\S]*?\]\s*)?>/i;
const ROOT = /^<([A-Za-z_][\w.:-]*)/;

const ROOTS: Record<string, FeedFormat> = { rss: "rss", "rdf:RDF": "rss", feed: "atom" };

/**
 * Tells RSS/RDF, Atom and JSON Feed apart by their first bytes and root element, and
 * refuses everything else with a message a person can act on.
 */
export function detectFormat(text: string): FeedFormat {
  let rest = text.trimStart();
  if (rest === "") throw new FeedParseError("not a feed: the document is empty");
  if (rest.startsWith("{") || rest.startsWith("[")) return "json";
  if (!rest.startsWith("<")) {
    throw new FeedParseError(
      `not a feed: expected XML or JSON, got text starting ${JSON.stringify(rest.slice(0, 24))}`,
    );
  }
  for (;;) {
    const skipped = COMMENT_OR_PI.exec(rest);
    if (skipped) {
      rest = rest.slice(skipped[0].length).trimStart();
      continue;
    }
    if (!/^<!DOCTYPE/i.test(rest)) break;
    const doctype = DOCTYPE.exec(rest);
    if (!doctype) throw new FeedParseError("not well-formed XML: unterminated DOCTYPE");
    if (doctype[1]?.toLowerCase() === "html") throw new FeedParseError("not a feed: got an HTML page");
    refuseEntities(doctype[2]);
    rest = rest.slice(doctype[0].length).trimStart();
  }
  const root = ROOT.exec(rest)?.[1];
  if (root === undefined) throw new FeedParseError("not a feed: no XML root element found");
  if (root.toLowerCase() === "html") throw new FeedParseError("not a feed: got an HTML page");
  const format = ROOTS[root];
  if (!format) {
    throw new FeedParseError(
      `not a feed: the XML root element is <${root}>, expected <rss>, <rdf:RDF> or <feed>`,
    );
  }
  return format;
}

/**
 * sax (under rss-parser and xml2js) neither reads DTDs nor fetches external entities, so
 * such documents already fail on the undefined entity; refusing them here is defence in
 * depth and turns sax's "Invalid character entity" into a reason a person can act on.
 */
function refuseEntities(internalSubset: string | undefined): void {
  if (internalSubset && /<!ENTITY/i.test(internalSubset)) {
    throw new FeedParseError(
      "refused: the DOCTYPE declares XML entities, which feeds never need and which are the vehicle of entity-expansion and file-disclosure attacks",
    );
  }
}
