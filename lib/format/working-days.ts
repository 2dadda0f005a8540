// Working days in England: what "we will reply within 5 working days" means. Bank holidays come
// from date-holidays (region GB-ENG, kept up to date by its maintainers), never a typed list.
// A day is a calendar date at UTC midnight, as lib/format/dates.ts's formatDate reads it; the
// day a moment falls on is the day in the UK.
import Holidays from "date-holidays";
import { ukDay } from "./dates";

/** What support staff promise teachers. */
export const REPLY_WITHIN_WORKING_DAYS = 5;

const DAY_MS = 24 * 3600_000;

let england: Holidays | undefined;
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

/** "2026-12-25", … : England's bank holidays in a year (substitute days included). */
function bankHolidays(year: number): ReadonlySet<string> {
  let days = bankHolidaysByYear.get(year);
  if (!days) {
    england ??= new Holidays("GB", "ENG");
    days = new Set(england.getHolidays(year).flatMap((holiday) => (holiday.type === "public" ? [holiday.date.slice(0, 10)] : [])));
    bankHolidaysByYear.set(year, days);
  }
  return days;
}

export function isBankHoliday(day: Date): boolean {
  return bankHolidays(day.getUTCFullYear()).has(day.toISOString().slice(0, 10));
}

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(day);
}

/** The `count`th working day after `day` (the day itself does not count); before it when negative. */
export function addWorkingDays(day: Date, count: number): Date {
  const step = count < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(count); left > 0;) {
    current = new Date(current.getTime() + step * DAY_MS);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

export type DueState = "overdue" | "due-today" | "due";

export interface Due {
  /** The last day to reply (a calendar day). */
  day: Date;
  state: DueState;
}

/** When a request sent at `sentAt` must be answered by, and whether that day has come or gone. */
export function dueDate(sentAt: Date, now = new Date()): Due {
  const day = addWorkingDays(ukDay(sentAt), REPLY_WITHIN_WORKING_DAYS);
  const today = ukDay(now).getTime();
  return { day, state: today > day.getTime() ? "overdue" : today === day.getTime() ? "due-today" : "due" };
}
