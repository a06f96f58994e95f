/**
 * What a text field holds: literal text (Atom type="text"), HTML (type="html" or "xhtml"), or
 * either (RSS and JSON Feed never say, and publishers write both).
 */
export type TextType = "text" | "html" | "guess";

/**
 * The format-neutral shape every adapter (RSS, Atom, JSON Feed) produces. Fields hold
 * what the source wrote, unvalidated: normalisation resolves URLs, parses dates,
 * strips markup and decides fallbacks, so no format detail leaks past the adapters.
 */
export interface RawItem {
  /** 1-based place in the document, so reports name items the way a person counts them. */
  position: number;
  guid: string | null;
  /** As written; may be relative to `base`. */
  link: string | null;
  /** The item's own xml:base, when it has one (resolved against the feed's base). */
  base: string | null;
  /** As written; `titleType` says whether that is text or HTML. */
  title: string | null;
  titleType: TextType;
  /** May carry markup; normalisation reduces it to plain text. */
  summary: string | null;
  /** HTML, unsanitised. Formats that carry plain text escape it into HTML. */
  contentHtml: string | null;
  /** Date strings as written. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  language: string | null;
}

export interface RawFeed {
  title: string | null;
  link: string | null;
  /** Where the feed's relative item links point from: the RSS channel link or the Atom feed's xml:base. */
  base: string | null;
  language: string | null;
  items: RawItem[];
  /** Items the adapter could not read at all, and why ("item 3: id: …"). */
  errors: string[];
}
