const EARLIEST = Date.UTC(1990, 0, 1);
const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;
// The longest real dates ("Tuesday, 10 June 2025 14:30:00 +0300 (Moscow Standard Time)") are
// about 60 characters; anything much longer is not a date and is not looked at.
const DATE_MAX = 120;

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{1,5})?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// Offsets in minutes: RFC 822's names plus those feeds use in practice. IST is read as
// India's: Indian outlets are by far its most common users in news feeds.
// biome-ignore format: a table reads better in rows
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, bst: 60, west: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  ist: 330, hkt: 480, sgt: 480, jst: 540, kst: 540, aest: 600, aedt: 660,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  offset?: number;
}

/**
 * A feed date (RFC 822, ISO 8601 or one of their common broken forms) as a UTC instant,
 * or null. Dates without a zone are read as UTC, never as the server's local time, so
 * the result does not depend on where sitrep runs.
 */
export function parseDate(raw: string | null | undefined): Date | null {
  const text = raw?.trim() ?? "";
  const parts = text === "" || text.length > DATE_MAX ? null : (isoParts(text) ?? looseParts(text));
  return parts ? toDate(parts) : null;
}

/** `parseDate`, refusing absurd dates: before 1990 or more than two days after `now`. */
export function plausibleDate(raw: string | null | undefined, now: Date): Date | null {
  const time = parseDate(raw)?.getTime();
  return time !== undefined && time >= EARLIEST && time <= now.getTime() + FUTURE_SLACK_MS
    ? new Date(time)
    : null;
}

function isoParts(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    ms: Number((fraction ?? "").slice(0, 3).padEnd(3, "0")),
    offset: zoneOffset(zone),
  };
}

/** RFC 822 and its relatives, token by token: weekday names and stray words are ignored. */
function looseParts(text: string): Parts | null {
  const tokens = text.replace(/\([^()]*\)/g, " ").split(/[\s,]+|(?<=[a-z])-|-(?=[a-z])/i);
  const numbers: number[] = [];
  let month: number | undefined;
  let time: number[] | undefined;
  let offset: number | undefined;
  let afternoon: boolean | undefined;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(token)) time = token.split(":").map(Number);
    else if (/^\d{1,4}$/.test(token)) numbers.push(Number(token));
    else if (lower === "am" || lower === "pm") afternoon = lower === "pm";
    else if (month === undefined && MONTHS.includes(lower.slice(0, 3)))
      month = MONTHS.indexOf(lower.slice(0, 3)) + 1;
    else if (time !== undefined) offset ??= zoneOffset(token);
  }
  const [day, year] = numbers;
  if (month === undefined || day === undefined || year === undefined || numbers.length > 2) return null;
  const [hour = 0, minute = 0, second = 0] = time ?? [];
  return {
    // Two-digit years (RFC 822 allowed them) are read as the nearest century.
    year: year < 100 ? year + (year < 50 ? 2000 : 1900) : year,
    month,
    day,
    hour: afternoon === undefined ? hour : (hour % 12) + (afternoon ? 12 : 0),
    minute,
    second,
    offset,
  };
}

/** Minutes east of UTC; unknown names count as UTC, as RFC 2822 §4.3 says to read them. */
function zoneOffset(zone: string | undefined): number {
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{2}):?(\d{2})?$/i.exec(zone ?? "");
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return ZONES[(zone ?? "").toLowerCase()] ?? 0;
}

function toDate({
  year,
  month,
  day,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  offset = 0,
}: Parts): Date | null {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return null;
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute - offset, Math.min(second, 59), ms);
  return date;
}
