/**
 * Where to cut sanitised HTML so that at most `maxBytes` of UTF-8 stay: before the tag the limit
 * falls in, else at the last space of the text it falls in, else before an entity it would split.
 * The kept part may leave elements open; the caller closes them by sanitising it again.
 * In sanitiser output every `<` starts a tag and every `&` an entity, so the cut is exact; in raw
 * source it is merely a likely boundary, which the sanitiser makes safe either way.
 */
export function cutPoint(html: string, maxBytes: number): number {
  if (Buffer.byteLength(html) <= maxBytes) return html.length;
  // Decoding a byte prefix may end in a split character (U+FFFD); every cut below lies before it.
  const head = Buffer.from(html).subarray(0, maxBytes).toString();
  const tagStart = head.lastIndexOf("<");
  const tagEnd = head.lastIndexOf(">");
  if (tagStart > tagEnd) return tagStart;
  const space = head.lastIndexOf(" ");
  if (space > tagEnd) return space;
  const entity = head.lastIndexOf("&");
  const safeEnd = head.endsWith("\uFFFD") ? head.length - 1 : head.length;
  return entity > tagEnd && head.indexOf(";", entity) === -1 ? entity : safeEnd;
}
