// ISO 639 codes for "undetermined", "multiple", "no linguistic content" and "uncoded".
const NOT_A_LANGUAGE = new Set(["und", "mul", "zxx", "mis"]);

/** The primary subtag of a language tag, lower case ("de-DE" → "de", "en_US" → "en"); null when unusable. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? "")?.[1]?.toLowerCase();
  return primary && !NOT_A_LANGUAGE.has(primary) ? primary : null;
}
