import { Parser } from "htmlparser2";
import { escapeHtml } from "../text/escape-html.ts";

/** A text construct's content as HTML, and whether it held elements (inline XHTML) or only text. */
export interface InlineMarkup {
  html: string;
  holdsElements: boolean;
}

// The text constructs read from the feed and from its entries.
const CONSTRUCTS = new Set(["title", "summary", "content"]);
const VOID_ELEMENTS = new Set(["area", "br", "col", "hr", "img", "source", "track", "wbr"]);
/**
 * The most HTML kept from one construct, in characters. Twice what the sanitiser reads, so content
 * cut here is still cut there, with its note (normalise/sanitize.ts).
 */
export const INLINE_MAX_CHARS = 1024 * 1024;
// Elements deeper than this inside a construct are flattened to their text: real markup never
// nests so deep, and the sanitiser flattens from 48 levels anyway.
const INLINE_DEPTH_MAX = 64;

/** Where a construct sits: the feed's own, or the nth <entry>'s (0-based, in document order). */
export function constructKey(entry: number | null, name: string): string {
  return `${entry ?? "feed"}/${name}`;
}

/** Drops a namespace prefix such as "xhtml:" that carries no meaning in HTML. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/**
 * Serialises one construct's content as it streams past, in document order, with no tree and no
 * recursion: depth is a counter, so 20,000 nested spans cost a number, not a stack frame each.
 * Atom wraps XHTML content in one <div> that is not part of it (RFC 4287 §3.1.1.3); a lone
 * wrapper is unwrapped, and blank text beside top-level elements dropped.
 */
class ConstructWriter {
  private html = "";
  private depth = 0;
  private full = false;
  private elements = 0;
  private topText = false;
  private wrapper: { start: number; end: number | null } | null = null;

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.depth === 1) {
      this.elements++;
      this.wrapper = null;
    }
    if (this.depth > INLINE_DEPTH_MAX) return;
    const tag = localName(name);
    const attrs = Object.entries(attributes)
      .filter(([key]) => !key.startsWith("xmlns"))
      .map(([key, value]) => ` ${localName(key)}="${escapeHtml(value)}"`)
      .join("");
    this.append(`<${tag}${attrs}>`);
    if (this.depth === 1 && this.elements === 1 && tag === "div")
      this.wrapper = { start: this.html.length, end: null };
  }

  close(name: string): void {
    const tag = localName(name);
    if (this.depth === 1 && this.wrapper !== null) this.wrapper.end = this.html.length;
    if (this.depth <= INLINE_DEPTH_MAX && !VOID_ELEMENTS.has(tag)) this.append(`</${tag}>`);
    this.depth--;
  }

  text(text: string): void {
    if (this.depth === 0) {
      if (text.trim() === "") return;
      this.topText = true;
    }
    if (this.full) return;
    // Escaping may have taken the HTML past the limit already: then there is no room at all.
    const room = Math.max(0, INLINE_MAX_CHARS - this.html.length);
    // Text is cut before escaping, so an entity is never split.
    if (text.length > room) this.full = true;
    this.html += escapeHtml(text.slice(0, room));
  }

  /** Once full, nothing more is added, so what is kept is a prefix of the content. */
  private append(markup: string): void {
    if (this.full || this.html.length + markup.length > INLINE_MAX_CHARS) this.full = true;
    else this.html += markup;
  }

  result(): InlineMarkup {
    const unwrap = this.wrapper !== null && this.elements === 1 && !this.topText;
    const html =
      unwrap && this.wrapper ? this.html.slice(this.wrapper.start, this.wrapper.end ?? undefined) : this.html;
    return { html, holdsElements: this.elements > 0 };
  }
}

/**
 * The content of every text construct of an Atom document (the feed's and each entry's title,
 * summary and content) as HTML, keyed by `constructKey`. One streaming pass: memory is
 * the constructs' own text, whatever else the document holds, and nesting costs no stack.
 * The document must already have parsed as XML; only the first construct of each name counts.
 */
export function readInlineMarkup(xml: string): Map<string, InlineMarkup> {
  const found = new Map<string, InlineMarkup>();
  let depth = 0;
  let entry = -1;
  let inEntry = false;
  let writer: ConstructWriter | null = null;
  let writerDepth = 0;
  let key = "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (writer !== null) return writer.open(name, attributes);
        if (depth === 2) {
          inEntry = name === "entry";
          if (inEntry) entry++;
        }
        const owner = depth === 2 ? null : depth === 3 && inEntry ? entry : undefined;
        if (owner === undefined || !CONSTRUCTS.has(name)) return;
        key = constructKey(owner, name);
        if (found.has(key)) return;
        writer = new ConstructWriter();
        writerDepth = depth;
      },
      ontext(text) {
        writer?.text(text);
      },
      onclosetag(name) {
        if (writer !== null && depth === writerDepth) {
          found.set(key, writer.result());
          writer = null;
        } else writer?.close(name);
        depth--;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return found;
}
