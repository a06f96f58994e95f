/**
 * Thrown when a document cannot be read as a feed at all (HTML page, broken XML,
 * JSON that is not a JSON Feed, refused entity declarations). Problems with single
 * items never throw: they are reported in `ParsedFeed.errors` instead.
 */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
}

/** Rewrites a sax syntax error ("Unexpected close tag\nLine: 3\nColumn: 7\nChar: >") as one readable line. */
export function notWellFormed(error: unknown): FeedParseError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /Line: (\d+)\s+Column: (\d+)/.exec(message);
  // sax counts lines from zero.
  const where = at ? ` at line ${Number(at[1]) + 1}, column ${at[2]}` : "";
  return new FeedParseError(`not well-formed XML: ${message.split("\n")[0]}${where}`, { cause: error });
}
