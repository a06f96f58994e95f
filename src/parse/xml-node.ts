/**
 * Readers for xml2js trees, whose shapes vary with the input: a text-only element is a
 * plain string, an element with attributes or children is an object ("$" attributes,
 * "_" text, one array per child name). Feeds are untrusted, so nothing is assumed.
 */
type Element = Record<string, unknown>;

function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

export function children(node: unknown, name: string): unknown[] {
  const value = isElement(node) ? node[name] : undefined;
  return Array.isArray(value) ? value : [];
}

export function child(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

export function textOf(node: unknown): string | null {
  if (typeof node === "string") return node;
  if (isElement(node) && typeof node._ === "string") return node._;
  return null;
}

/** The texts of a list of nodes, skipping ones without any. */
export function textsOf(nodes: unknown): string[] {
  return (Array.isArray(nodes) ? nodes : []).map(textOf).filter((text): text is string => text !== null);
}

export function attr(node: unknown, name: string): string | null {
  const attributes = isElement(node) ? node.$ : undefined;
  const value = isElement(attributes) ? attributes[name] : undefined;
  return typeof value === "string" ? value : null;
}
