// "5 working days", as teachers are promised it: weekends and England's bank holidays (from
// date-holidays, GB-ENG) do not count.
import { describe, expect, it } from "vitest";
import { addWorkingDays, dueDate, isWorkingDay } from "./working-days";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("working days in England", () => {
  it("skips a weekend: sent on a Thursday, due the Thursday after", () => {
    expect(iso(addWorkingDays(day("2026-11-26"), 5))).toBe("2026-12-03");
    // Sent on a Saturday: Monday is the first working day.
    expect(iso(addWorkingDays(day("2026-11-28"), 1))).toBe("2026-11-30");
    expect(iso(addWorkingDays(day("2026-11-28"), 5))).toBe("2026-12-04");
  });

  it("skips Christmas Day, Boxing Day and its substitute Monday (Boxing Day 2026 is a Saturday)", () => {
    expect(isWorkingDay(day("2026-12-25"))).toBe(false);
    expect(isWorkingDay(day("2026-12-28"))).toBe(false);
    expect(isWorkingDay(day("2026-12-24"))).toBe(true);
    // Thu 24th → Tue 29th, Wed 30th, Thu 31st, (New Year's Day), Mon 4th, Tue 5th January.
    expect(iso(addWorkingDays(day("2026-12-24"), 5))).toBe("2027-01-05");
  });

  it("skips Good Friday and Easter Monday", () => {
    // Easter 2027 is 28 March: Good Friday 26th, Easter Monday 29th.
    expect(isWorkingDay(day("2027-03-26"))).toBe(false);
    expect(isWorkingDay(day("2027-03-29"))).toBe(false);
    // Thu 25 March → Tue 30th, Wed 31st, Thu 1st, Fri 2nd, Mon 5 April.
    expect(iso(addWorkingDays(day("2027-03-25"), 5))).toBe("2027-04-05");
  });

  it("counts back too: 8 working days before Tuesday 2 September 2025 crosses the summer bank holiday", () => {
    expect(iso(addWorkingDays(day("2025-09-02"), -8))).toBe("2025-08-20");
  });

  it("due, due today, overdue", () => {
    const sent = new Date("2026-12-24T10:00:00Z");
    expect(dueDate(sent, new Date("2027-01-04T12:00:00Z"))).toEqual({ day: day("2027-01-05"), state: "due" });
    expect(dueDate(sent, new Date("2027-01-05T23:00:00Z"))).toEqual({ day: day("2027-01-05"), state: "due-today" });
    expect(dueDate(sent, new Date("2027-01-06T00:00:00Z")).state).toBe("overdue");
  });
});
