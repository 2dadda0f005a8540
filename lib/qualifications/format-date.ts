// Dates the GOV.UK way ("31 July 2010"). Calendar dates are stored at UTC midnight, so they are
// read in UTC: in any other zone a date could show as the day before.
const GOVUK_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return GOVUK_DATE.format(date);
}
