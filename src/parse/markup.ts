import { escapeHtml } from "../text/escape-html.ts";
import { attributes, ordered } from "./xml-node.ts";

const VOID_ELEMENTS = new Set(["area", "br", "col", "hr", "img", "source", "track", "wbr"]);
const TEXT_NODE = "__text__";

/**
 * Plain text as HTML that reads the same once rendered (escaped, blank lines as paragraphs,
 * line breaks kept), so every adapter can hand over HTML content.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/**
 * Serialises inline XHTML content (an xml2js tree built with `preserveChildrenOrder`)
 * back to an HTML string. Atom wraps such content in one <div> that is not part of it
 * (RFC 4287 §3.1.1.3), so a lone wrapper is unwrapped.
 */
export function xhtmlToHtml(container: unknown): string {
  const nodes = ordered(container).nodes.filter((node) => !isBlank(node));
  const only = nodes.length === 1 ? nodes[0] : undefined;
  const inner = only !== undefined && localName(ordered(only).name) === "div" ? ordered(only).nodes : nodes;
  return inner.map(serialise).join("");
}

function serialise(node: unknown): string {
  const { name, text, nodes } = ordered(node);
  if (name === TEXT_NODE) return escapeHtml(text ?? "");
  const tag = localName(name);
  const attrs = attributes(node)
    .filter(([key]) => !key.startsWith("xmlns"))
    .map(([key, value]) => ` ${localName(key)}="${escapeHtml(value)}"`)
    .join("");
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attrs}>`;
  return `<${tag}${attrs}>${nodes.map(serialise).join("")}</${tag}>`;
}

/** Whether an order-preserving node holds elements, not only text. */
export function holdsElements(container: unknown): boolean {
  return ordered(container).nodes.some((node) => ordered(node).name !== TEXT_NODE);
}

function isBlank(node: unknown): boolean {
  const { name, text } = ordered(node);
  return name === TEXT_NODE && (text ?? "").trim() === "";
}

/** Drops a namespace prefix such as "xhtml:" that carries no meaning in HTML. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}
