import { describe, expect, it } from "vitest";
import { parseDate, plausibleDate } from "../../src/normalise/dates.ts";

const NOW = new Date("2024-03-10T00:00:00Z");

describe("parseDate", () => {
  it.each([
    ["Tue, 05 Mar 2024 14:30:00 +0100", "2024-03-05T13:30:00.000Z"],
    ["Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00.000Z"],
    ["Tue, 05 Mar 2024 09:00:00 EST", "2024-03-05T14:00:00.000Z"],
    ["Tue, 05 Mar 2024 16:30:00 CEST", "2024-03-05T14:30:00.000Z"],
    ["Tue, 05 Mar 2024 14:30:00 -05:00", "2024-03-05T19:30:00.000Z"],
    ["2024-03-05T14:30:00Z", "2024-03-05T14:30:00.000Z"],
    ["2024-03-05T14:30:00.25+03:00", "2024-03-05T11:30:00.250Z"],
    ["2024-03-05", "2024-03-05T00:00:00.000Z"],
    // Broken but common: no zone (read as UTC), a space for the T, slashes, a wrong weekday.
    ["2024-03-05 14:30:00", "2024-03-05T14:30:00.000Z"],
    ["2024/03/05 14:30", "2024-03-05T14:30:00.000Z"],
    ["Fri, 5 Mar 2024 14:30 GMT", "2024-03-05T14:30:00.000Z"],
    ["5 March 2024", "2024-03-05T00:00:00.000Z"],
    ["Tuesday, 05-Mar-24 14:30:00 UTC", "2024-03-05T14:30:00.000Z"],
    ["Mar 5, 2024 2:30 PM", "2024-03-05T14:30:00.000Z"],
    ["Tue Mar 05 2024 15:30:00 GMT+0100 (Central European Standard Time)", "2024-03-05T14:30:00.000Z"],
    ["Tue, 05 Mar 2024 14:30:00 XYZ", "2024-03-05T14:30:00.000Z"],
  ])("%s → %s", (raw, iso) => {
    expect(parseDate(raw)?.toISOString()).toBe(iso);
  });

  it.each([
    "",
    "   ",
    "last Tuesday, probably",
    "2024-13-05",
    "2024-02-30T10:00:00Z",
    "Tue, 32 Mar 2024 10:00:00 GMT",
    "Tue, 05 Mar 2024 25:00:00 GMT",
    "1709649000",
    "05 Mar",
  ])("%j is unreadable", (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe("plausibleDate", () => {
  it.each([
    ["0000-01-01T00:00:00Z", null],
    ["Fri, 31 Dec 9999 23:59:59 GMT", null],
    ["Thu, 01 Jan 1970 00:00:00 GMT", null],
    ["1989-12-31T23:59:59Z", null],
    ["1990-01-01T00:00:00Z", "1990-01-01T00:00:00.000Z"],
    // Two days of slack for clocks and time zones; a week ahead is a broken feed.
    ["2024-03-11T23:59:00Z", "2024-03-11T23:59:00.000Z"],
    ["2024-03-12T00:00:01Z", null],
    ["2024-03-17T12:00:00Z", null],
    ["garbage", null],
    [null, null],
  ])("%s → %s", (raw, iso) => {
    expect(plausibleDate(raw, NOW)?.toISOString() ?? null).toBe(iso);
  });
});
