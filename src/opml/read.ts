import { decodeXML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One outline of a subscription list, flattened: the folders it sat in are kept as a path. */
export interface OpmlOutline {
  /** `title`, else `text`: exporters fill one or both. */
  title: string | null;
  /** The feed's address; null for an outline that is not a feed (a link, a note). */
  xmlUrl: string | null;
  language: string | null;
  /** The id sitrep's own export gives each feed, so a round trip keeps it. */
  sitrepId: string | null;
  folders: string[];
}

export class OpmlError extends Error {
  override name = "OpmlError";
}

type RawOutline = Record<string, unknown> & { outline?: RawOutline[] };

// Entities are left unexpanded by the parser and only the five XML ones and character
// references decoded here: a DOCTYPE's entity declarations can never expand (billion laughs).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  isArray: (name) => name === "outline",
  attributeValueProcessor: (_name, value) => decodeXML(value),
  tagValueProcessor: (_name, value) => decodeXML(value),
});

/** Attribute names in any case: exporters write `xmlUrl`, `xmlurl` and `XMLURL`. */
function attribute(outline: RawOutline, name: string): string | null {
  const key = Object.keys(outline).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : outline[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function flatten(outlines: RawOutline[], folders: string[]): OpmlOutline[] {
  return outlines.flatMap((outline) => {
    const title = attribute(outline, "title") ?? attribute(outline, "text");
    const xmlUrl = attribute(outline, "xmlUrl");
    const children = outline.outline ?? [];
    // An outline without an address but with children is a folder, not a skipped entry.
    const own: OpmlOutline[] =
      xmlUrl === null && children.length > 0
        ? []
        : [
            {
              title,
              xmlUrl,
              language: attribute(outline, "language"),
              sitrepId: attribute(outline, "sitrep:id"),
              folders,
            },
          ];
    return [...own, ...flatten(children, title === null ? folders : [...folders, title])];
  });
}

/** Every outline of an OPML document, depth first; throws OpmlError when it is not OPML. */
export function readOpml(xml: string): { title: string | null; outlines: OpmlOutline[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new OpmlError(
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  const document = parser.parse(xml) as { opml?: { head?: { title?: unknown }; body?: RawOutline } | "" };
  const opml = document.opml;
  if (opml === undefined) throw new OpmlError("not OPML: the root element is not <opml>");
  const body = typeof opml === "object" ? opml.body : undefined;
  if (body === undefined) throw new OpmlError("not OPML: <opml> has no <body>");
  const title = typeof opml === "object" ? opml.head?.title : undefined;
  return {
    title: typeof title === "string" && title.trim() !== "" ? title.trim() : null,
    outlines: flatten(typeof body === "object" ? (body.outline ?? []) : [], []),
  };
}
