import iconv from "iconv-lite";

// The characters a UTF-8 continuation byte (80-BF) shows as when read as windows-1252, or as
// Latin-1 for the five bytes windows-1252 leaves undefined.
const CONT =
  "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
// Lead bytes of the scripts news is written in: Latin-1 and Latin Extended-A letters (C2-C5),
// Greek (CE-CF), Cyrillic (D0-D1), Hebrew and Arabic (D7-D9); three-byte punctuation and CJK
// (E2-EF); four-byte emoji (F0-F4). Latin Extended-B and IPA leads (C6-CD) are left out: read
// as text they are ordinary capitals ("CAFÉ«"), and nobody's headline is in IPA.
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00C5\\u00CE-\\u00D1\\u00D7-\\u00D9]${CONT}|[\\u00E2-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  "g",
);
// "à" is C3 A0; feeds that turn the no-break space A0 into a plain one leave "Ã ".
const A_GRAVE_LOST_SPACE = /\u00C3(?= )/g;
const FATAL = new TextDecoder("utf-8", { fatal: true });
const C1_CONTROL = /[\u0080-\u009F]/g;

/** The byte a character stands for when a UTF-8 byte was read as windows-1252 or Latin-1. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0xff ? code : (iconv.encode(char, "windows-1252")[0] ?? 0x3f);
}

function redecode(sequence: string): string | null {
  try {
    const char = FATAL.decode(Uint8Array.from([...sequence].map(byteOf)));
    // A C1 control is no more likely than the mojibake it would replace.
    return char.charCodeAt(0) >= 0xa0 ? char : null;
  } catch {
    return null;
  }
}

/**
 * Text that was UTF-8, read as windows-1252 (or Latin-1) and encoded again, decoded once more:
 * "KÃ¶ln" becomes "Köln" and "â€™" becomes "’". feedparser re-decodes a whole field when its
 * document was UTF-8; here each byte sequence is tried on its own, so a field mixing good and
 * doubly encoded text is repaired too, whatever the document's charset, and a sequence is only
 * replaced when its bytes are valid UTF-8 for a printable character. Then C1 controls left over
 * become the windows-1252 characters they stand for, as feedparser maps them.
 */
export function repairMojibake(text: string): string {
  return windows1252Controls(redecodeSequences(text));
}

/**
 * C1 controls as the windows-1252 characters they stand for: what "&#150;" or a windows-1252
 * byte in a document labelled ISO-8859-1 or -15 gives ("–", "š"); no text means a C1 control.
 */
function windows1252Controls(text: string): string {
  return text.replace(C1_CONTROL, (char) => {
    const mapped = iconv.decode(Buffer.of(char.charCodeAt(0)), "windows-1252");
    return mapped === "\uFFFD" ? char : mapped;
  });
}

function redecodeSequences(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  let repaired = 0;
  const result = text.replace(SEQUENCE, (sequence) => {
    const char = redecode(sequence);
    if (char === null) return sequence;
    repaired += 1;
    return char;
  });
  return repaired > 0 ? result.replace(A_GRAVE_LOST_SPACE, "à") : result;
}
