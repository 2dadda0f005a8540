import { describe, expect, it } from "vitest";
import { parseDateOfBirthInput } from "./date-input";

const now = new Date("2026-11-22T10:00:00Z");
const dob = (day: string, month: string, year: string) => parseDateOfBirthInput({ day, month, year }, now);

describe("parseDateOfBirthInput", () => {
  it("accepts a real date and returns it at UTC midnight", () => {
    expect(dob("12", "4", "1998")).toEqual({ ok: true, date: new Date("1998-04-12T00:00:00Z") });
    expect(dob(" 03 ", "11", "1985")).toEqual({ ok: true, date: new Date("1985-11-03T00:00:00Z") });
  });

  it("accepts month names and abbreviations", () => {
    expect(dob("12", "April", "1998")).toMatchObject({ ok: true });
    expect(dob("12", "apr", "1998")).toMatchObject({ ok: true });
    expect(dob("12", "Aprx", "1998")).toMatchObject({ ok: false, message: "Date of birth must be a real date", fields: ["month"] });
  });

  it("asks for the date when nothing is entered", () => {
    expect(dob("", " ", "")).toEqual({ ok: false, message: "Enter your date of birth", fields: ["day", "month", "year"] });
  });

  it("names the missing parts", () => {
    expect(dob("", "4", "1998")).toEqual({ ok: false, message: "Date of birth must include a day", fields: ["day"] });
    expect(dob("", "", "1998")).toEqual({ ok: false, message: "Date of birth must include a day and month", fields: ["day", "month"] });
    expect(dob("1", "", "")).toEqual({ ok: false, message: "Date of birth must include a month and year", fields: ["month", "year"] });
  });

  it("refuses dates that do not exist", () => {
    expect(dob("31", "2", "1990")).toMatchObject({ ok: false, message: "Date of birth must be a real date" });
    expect(dob("29", "2", "2001")).toMatchObject({ ok: false, message: "Date of birth must be a real date" });
    expect(dob("29", "2", "2000")).toMatchObject({ ok: true });
    expect(dob("1", "13", "1990")).toEqual({ ok: false, message: "Date of birth must be a real date", fields: ["month"] });
    expect(dob("x", "1", "1990")).toEqual({ ok: false, message: "Date of birth must be a real date", fields: ["day"] });
  });

  it("wants a four-digit year", () => {
    expect(dob("1", "1", "98")).toEqual({ ok: false, message: "Year must include 4 numbers", fields: ["year"] });
  });

  it("refuses the future, before 1900 and under 16", () => {
    expect(dob("1", "1", "2030")).toMatchObject({ ok: false, message: "Date of birth must be in the past" });
    expect(dob("22", "11", "2026")).toMatchObject({ ok: false, message: "Date of birth must be in the past" });
    expect(dob("31", "12", "1899")).toMatchObject({ ok: false, message: "Date of birth must be the same as or after 1 January 1900" });
    expect(dob("1", "1", "1900")).toMatchObject({ ok: true });
    expect(dob("23", "11", "2010")).toMatchObject({ ok: false, message: "You must be 16 or older to use this service" });
    expect(dob("22", "11", "2010")).toMatchObject({ ok: true });
  });
});
