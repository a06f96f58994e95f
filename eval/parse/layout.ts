/** Where the parse evaluation keeps its rebuilt data, and the shapes of the files there. */
export const DATA_DIR = "eval-data/parse";
export const MANIFEST = "manifest.json";
export const REFERENCE = "reference.json";

export interface SourceDocument {
  id: string;
  repo: string;
  commit: string;
  path: string;
  lang?: string;
  encoding?: string;
  note?: string;
}

export interface Sources {
  documents: SourceDocument[];
  feedparserTests: { repo: string; commit: string; paths: string[] };
}

export interface ManifestEntry extends SourceDocument {
  kind: "document" | "test";
  /** Relative to DATA_DIR. */
  file: string;
  /** The address the document is read as coming from: the base of its relative links. */
  url: string;
  /** Response headers, lower-case names (only feedparser's served test cases have any). */
  headers: Record<string, string>;
}

/** What reference.py writes per entry: feedparser's values, titles already reduced to text. */
export interface ReferenceEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  author: string | null;
  authorName: string | null;
  /** published, else updated, as ISO 8601 UTC to the second; null when feedparser read no date. */
  date: string | null;
}

/** One expectation of a feedparser test case on an entry's title, link, id or author. */
export interface ReferenceCheck {
  entry: number;
  field: "title" | "link" | "id" | "author";
  expected: string;
  /** The expectation as text: markup dropped when feedparser calls the field HTML. */
  expectedText: string;
  /** For authors: the name feedparser splits out of the expectation, which is all sitrep shows. */
  expectedName: string | null;
}

export interface Reference {
  documents: Record<string, { bozo: boolean; entries: ReferenceEntry[] }>;
  tests: Record<string, ReferenceCheck[]>;
}
