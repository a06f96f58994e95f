import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

const BOMS: ReadonlyArray<readonly [Buffer, string]> = [
  [Buffer.from([0xef, 0xbb, 0xbf]), "utf-8"],
  [Buffer.from([0xff, 0xfe]), "utf-16le"],
  [Buffer.from([0xfe, 0xff]), "utf-16be"],
];

/**
 * Labels browsers and feed readers treat as windows-1252: servers that say "latin-1" routinely send
 * cp1252 curly quotes and dashes in 0x80-0x9F, which true ISO-8859-1 would turn into control characters.
 */
const WINDOWS_1252_ALIASES = new Set(["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"]);

const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * Decodes a feed body to a string without ever throwing: unknown labels fall through to the next clue,
 * and malformed bytes become U+FFFD. Order: BOM, HTTP charset, XML declaration, UTF-8. The BOM comes first
 * (as in RFC 7303 and WHATWG) because it cannot be there by accident, while a server's charset is often
 * a wrong default; and a UTF-16 declaration can only be read once the BOM has named the encoding. A body
 * that names no charset and is not valid UTF-8 is read as windows-1252, as feedparser does: such feeds
 * are old Western European ones whose server never said.
 */
export function decodeFeed(bytes: Buffer, contentType: string | null): string {
  const bom = BOMS.find(([mark]) => bytes.subarray(0, mark.length).equals(mark));
  const declared = bom?.[1] ?? usable(charsetParam(contentType)) ?? usable(declaredEncoding(bytes));
  const encoding = declared ?? (isUtf8(bytes) ? "utf-8" : "windows-1252");
  // iconv-lite drops a leading U+FEFF once decoded, so the BOM needs no slicing here.
  return iconv.decode(bytes, encoding, { stripBOM: true });
}

function charsetParam(contentType: string | null): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i);
  return match?.[1] ?? match?.[2] ?? null;
}

/** Reads `encoding="..."` from an XML declaration, which is ASCII in every encoding we can sniff it in. */
function declaredEncoding(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 512).toString("latin1");
  const label = head.match(XML_DECLARATION)?.[1] ?? null;
  // Readable as ASCII means it is not really UTF-16, whatever it says (WHATWG does the same).
  return label && /^utf-?16/i.test(label) ? null : label;
}

function usable(label: string | null): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252_ALIASES.has(name)) return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}
