// Every date and time a person reads, written the GOV.UK way ("31 July 2010", "3 May 2026 at
// 2:05pm"): pages, emails, the mailbox and certificates all format through here. Safe for the
// browser and for emails/.
//
// Two kinds of value:
// - a calendar date (a date of birth, the day QTS was awarded) is stored at UTC midnight, so it
//   is read in UTC: in any other zone it could show as the day before;
// - a moment (when a link expires, when an email was written) is shown as it is in the UK.
const UK = "Europe/London";

const CALENDAR_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const UK_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: UK });
const UK_TIME = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", hourCycle: "h23", timeZone: UK });
const UK_ISO_DAY = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: UK }); // YYYY-MM-DD

/** "January" to "December", for reading a month typed in words. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month, 1)),
);

/** A calendar date: "31 July 2010". */
export function formatDate(date: Date): string {
  return CALENDAR_DATE.format(date);
}

/** The day a moment falls on in the UK: "1 June 2026" for 23:30 UTC on 31 May (BST). */
export function formatDay(moment: Date | string): string {
  return UK_DAY.format(new Date(moment));
}

/**
 * A time of day in the UK, as GOV.UK writes it: "9am", "2:05pm", "midday", "midnight"
 * (12-hour clock, no leading zero, no ":00", no space before am or pm).
 */
export function formatTime(moment: Date | string): string {
  const parts = UK_TIME.formatToParts(new Date(moment));
  const hour = Number(parts.find((part) => part.type === "hour")?.value);
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  if (minute === "00" && hour === 0) return "midnight";
  if (minute === "00" && hour === 12) return "midday";
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelveHour}${minute === "00" ? "" : `:${minute}`}${hour < 12 ? "am" : "pm"}`;
}

/** A moment in the UK: "3 May 2026 at 2:05pm". */
export function formatDateTime(moment: Date | string): string {
  return `${formatDay(moment)} at ${formatTime(moment)}`;
}

/**
 * The day a moment falls on in the UK, as a calendar date (at UTC midnight, as dates are stored):
 * 23:30 UTC on 31 May (BST) is 1 June. The day a certificate is issued, a request is due, a persona's dates count back from.
 */
export function ukDay(moment: Date): Date {
  return new Date(`${UK_ISO_DAY.format(moment)}T00:00:00.000Z`);
}

/** A calendar date as ISO 8601 ("2010-07-31"), for audit records and APIs rather than people. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
