// Unicode CLDR (shipped with Node's ICU) knows the languages and their aliases: "rus" and "ru"
// are one language, and "xyz" is none.
const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const CODE = /^[a-z]{2,3}$/;

/**
 * The code a language filter and the stored stories use: lower case, and a three-letter
 * ISO 639-2/3 code that has a two-letter one ("rus", "ger") as that ("ru", "de"). Null for a
 * code that names no language.
 */
export function languageCode(text: string): string | null {
  const code = text.trim().toLowerCase();
  if (!CODE.test(code) || NAMES.of(code) === undefined) return null;
  const primary = Intl.getCanonicalLocales(code)[0]?.split("-")[0] ?? code;
  return code.length === 3 && primary.length === 2 ? primary : code;
}

/** "ru" → "Russian"; a code without a name is shown as it is. */
export function languageName(code: string): string {
  return NAMES.of(code) ?? code;
}
