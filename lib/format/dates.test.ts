import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime, isoDate, MONTH_NAMES, ukDay } from "./dates";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("formatDate (calendar dates)", () => {
  it("writes dates the GOV.UK way, without a leading zero", () => {
    expect(formatDate(day("2010-07-31"))).toBe("31 July 2010");
    expect(formatDate(day("2000-01-01"))).toBe("1 January 2000");
    expect(formatDate(day("1998-04-12"))).toBe("12 April 1998");
  });

  it("reads the calendar date in UTC, whatever the server's zone", () => {
    expect(formatDate(new Date("2011-07-20T23:59:59.000Z"))).toBe("20 July 2011");
  });
});

describe("formatDay (moments)", () => {
  it("gives the UK day of a moment", () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST).
    expect(formatDay(new Date("2026-05-31T23:30:00Z"))).toBe("1 June 2026");
    expect(formatDay("2027-02-10T00:00:00.000Z")).toBe("10 February 2027");
  });
});

describe("formatTime and formatDateTime", () => {
  it("uses the 12-hour clock with am and pm, no leading zero and no :00", () => {
    expect(formatTime("2026-01-15T09:00:00Z")).toBe("9am");
    expect(formatTime("2026-01-15T14:05:00Z")).toBe("2:05pm");
    expect(formatTime("2026-01-15T00:30:00Z")).toBe("12:30am");
    expect(formatTime("2026-01-15T12:45:00Z")).toBe("12:45pm");
  });

  it("says midday and midnight", () => {
    expect(formatTime("2026-01-15T12:00:00Z")).toBe("midday");
    expect(formatTime("2026-01-15T00:00:00Z")).toBe("midnight");
  });

  it("shows UK time, summer time included", () => {
    expect(formatDateTime(new Date("2026-05-03T13:05:00Z"))).toBe("3 May 2026 at 2:05pm");
    expect(formatDateTime(new Date("2026-12-03T13:05:00Z"))).toBe("3 December 2026 at 1:05pm");
  });
});

describe("helpers", () => {
  it("names the months", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe("January");
    expect(MONTH_NAMES[11]).toBe("December");
  });

  it("writes ISO calendar dates", () => {
    expect(isoDate(day("1998-04-02"))).toBe("1998-04-02");
  });
});

describe("ukDay (the calendar day in the UK)", () => {
  const iso = (date: Date) => date.toISOString();
  it("is the day in the UK: 23:30 UTC on 31 May is 1 June (BST), on 31 December still 31 December (GMT)", () => {
    expect(iso(ukDay(new Date("2026-05-31T23:30:00Z")))).toBe("2026-06-01T00:00:00.000Z");
    expect(iso(ukDay(new Date("2026-12-31T23:30:00Z")))).toBe("2026-12-31T00:00:00.000Z");
  });

  it("dates a certificate issued at 00:30 on a summer morning that day, not the day before", () => {
    expect(iso(ukDay(new Date("2026-07-01T23:30:00Z")))).toBe("2026-07-02T00:00:00.000Z");
  });
});
