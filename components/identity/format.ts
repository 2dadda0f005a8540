// How the account set-up pages show stored answers back to the teacher.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { formatDate } from "@/lib/qualifications/format-date";

/** "12 April 1998": the GOV.UK way of writing a date. */
export function formatDateOfBirth(date: Date): string {
  return formatDate(date);
}

/** A stored E.164 number as people write it: "07700 900123" for UK numbers, international otherwise. */
export function formatMobile(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  // By calling code, not country: Ofcom's drama numbers (07700 900xxx) have no country.
  return phone.countryCallingCode === "44" ? phone.formatNational() : phone.formatInternational();
}

/** The three boxes of a GOV.UK date input, filled from a stored calendar date (UTC midnight). */
export function dateInputValues(date: Date | null | undefined): { day: string; month: string; year: string } {
  if (!date) return { day: "", month: "", year: "" };
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

const UK_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** The day a moment falls on in the UK ("3 May 2026"), for expiry times. */
export function formatDay(moment: Date): string {
  return UK_DAY.format(moment);
}
