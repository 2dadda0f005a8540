import { describe, expect, it } from "vitest";
import { dateInputValues, formatDateOfBirth, formatDay, formatMobile } from "./format";

describe("formatMobile", () => {
  it("writes UK numbers the national way, drama numbers included", () => {
    expect(formatMobile("+447700900123")).toBe("07700 900123");
    expect(formatMobile("+447911123456")).toBe("07911 123456");
  });

  it("writes other numbers internationally", () => {
    expect(formatMobile("+12015550123")).toBe("+1 201 555 0123");
  });

  it("leaves anything it cannot read as it is", () => {
    expect(formatMobile("not a number")).toBe("not a number");
  });
});

describe("dates", () => {
  it("writes a date of birth the GOV.UK way, whatever the server's time zone", () => {
    expect(formatDateOfBirth(new Date("1998-04-12T00:00:00Z"))).toBe("12 April 1998");
  });

  it("fills date input boxes from a stored date, without leading zeros", () => {
    expect(dateInputValues(new Date("1998-04-02T00:00:00Z"))).toEqual({ day: "2", month: "4", year: "1998" });
    expect(dateInputValues(null)).toEqual({ day: "", month: "", year: "" });
  });

  it("gives the UK day of an expiry moment", () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST).
    expect(formatDay(new Date("2026-05-31T23:30:00Z"))).toBe("1 June 2026");
  });
});
