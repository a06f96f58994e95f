import { createHash } from "node:crypto";

// Longer guids come only from broken or hostile feeds; their hash keeps them distinct without storing them.
const GUID_MAX = 500;

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** A guid short enough to store: a longer one is replaced by its hash. */
export function capGuid(guid: string): string {
  return guid.length > GUID_MAX ? `sha256:${digest(guid)}` : guid;
}

/**
 * The identity an item keeps across polls: its own guid, else its canonical URL, else its
 * title and (real, not fallback) date, else a hash of whatever else it says (text, author).
 * Null when it says nothing at all.
 */
export function itemGuid(
  guid: string | null,
  canonicalUrl: string | null,
  title: string,
  published: string | null,
  rest: string,
): string | null {
  const own =
    guid?.trim() ||
    canonicalUrl ||
    (title && (published ? `${title} ${published}` : title)) ||
    (rest && `text:${digest(`${rest} ${published ?? ""}`)}`);
  return own ? capGuid(own) : null;
}

/** A short stable id: 16 base64url characters (96 bits) of sha256 over feed id and guid. */
export function itemId(feedId: string, guid: string): string {
  // The separator keeps ("ab", "c") and ("a", "bc") apart.
  return digest(`${feedId}\n${guid}`).slice(0, 16);
}
