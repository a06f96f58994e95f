// XML 1.0 allows only these characters; anything else (NUL, most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) would make the whole document unparseable, so it is dropped.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text and attribute values, escaped for XML; always the one way text enters a feed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export type Attributes = Record<string, string | null | undefined>;

function open(name: string, attributes: Attributes): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] != null)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attrs}`;
}

/** An element holding escaped text; left out entirely when the text is null. */
export function textElement(name: string, text: string | null, attributes: Attributes = {}): string {
  return text === null ? "" : `${open(name, attributes)}>${escapeXml(text)}</${name}>`;
}

/** An element whose children are already serialised. */
export function element(name: string, attributes: Attributes, children: string[]): string {
  return `${open(name, attributes)}>${children.join("")}</${name}>`;
}

export function emptyElement(name: string, attributes: Attributes): string {
  return `${open(name, attributes)}/>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
