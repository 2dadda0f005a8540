// One formatter for every call: toLocaleDateString builds a new one each time, which costs more
// than the rest of a cached email's rendering (lib/email/render.ts).
const LONDON_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** "10 February 2027", as GOV.UK writes dates. */
export function formatDate(iso: string): string {
  return LONDON_DATE.format(new Date(iso));
}
