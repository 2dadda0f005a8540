// How the account pages show a stored mobile number back to the teacher (dates: lib/format/dates).
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** A stored E.164 number as people write it: "07700 900123" for UK numbers, international otherwise. */
export function formatMobile(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  // By calling code, not country: Ofcom's drama numbers (07700 900xxx) have no country.
  return phone.countryCallingCode === "44" ? phone.formatNational() : phone.formatInternational();
}
