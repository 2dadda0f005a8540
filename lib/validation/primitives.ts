// Reusable field rules shared by forms (server actions) and the machine APIs.
// Messages follow the GOV.UK Design System's error message wording.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";

// No spaces or invisible characters anywhere (\p{C}: controls such as NUL, format characters,
// lone surrogates): PostgreSQL refuses NUL outright, and the rest would be an address nobody can type.
const EMAIL_PATTERN = /^[^\s\p{C}@"(),:;<>[\\\]]+@[^\s\p{C}@"(),:;<>[\\\]]+\.[a-zA-Z]{2,}$/u;

/** An email address, trimmed and lower-cased (accounts are unique whatever the case). */
export const email = z
  .string({ error: "Enter an email address" })
  .trim()
  .min(1, "Enter an email address")
  .max(320, "Email address must be 320 characters or fewer")
  .regex(EMAIL_PATTERN, "Enter an email address in the correct format, like name@example.com")
  .transform((value) => value.toLowerCase());

// Shared mailboxes make poor sign-in identities: whoever reads them could sign in.
const ROLE_MAILBOXES = new Set([
  "admin",
  "admissions",
  "bursar",
  "contact",
  "enquiries",
  "finance",
  "head",
  "headteacher",
  "hello",
  "hr",
  "info",
  "mail",
  "noreply",
  "no-reply",
  "office",
  "reception",
  "school",
  "schooloffice",
  "senco",
  "staff",
  "support",
]);

export function isRoleMailbox(address: string): boolean {
  return ROLE_MAILBOXES.has(address.split("@")[0]!.toLowerCase());
}

/** An email for a new account: also refuses shared role mailboxes such as office@. */
export const personalEmail = email.refine((value) => !isRoleMailbox(value), {
  message: "Enter your own email address, not a shared one like office@ or head@",
});

// Unicode's 66 noncharacters (U+FDD0–FDEF, and the last two code points of every plane, U+FFFE,
// U+FFFF … U+10FFFF): never meant to be interchanged, they print as nothing or a box. Lone
// surrogates are \p{Cs} below (a valid pair is one astral character and matches neither).
const NONCHARACTERS = `\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("")}`;

const NONCHARACTER_OR_SURROGATE = new RegExp(`[${NONCHARACTERS}\\p{Cs}]`, "u");

/** True when text has a Unicode noncharacter or an unpaired surrogate: refused wherever text is taken. */
export const hasNoncharacterOrLoneSurrogate = (value: string) => NONCHARACTER_OR_SURROGATE.test(value);

// Names print on certificates: no control characters (NUL included: PostgreSQL refuses it),
// lone surrogates, noncharacters, line separators or direction overrides and isolates
// (U+202A–202E, U+2066–2069), and at least one character that shows (not only spaces,
// zero-width characters, combining marks or fillers).
const NAME_FORBIDDEN = new RegExp(`[\\p{Cc}\\p{Cs}${NONCHARACTERS}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]`, "u");
const VISIBLE = /[^\s\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/u;
const capitalised = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;
const onlyAllowed = (label: string) => `${capitalised(label)} must only include letters, spaces, hyphens and apostrophes`;

export const name = (label: string) =>
  z
    .string({ error: `Enter your ${label}` })
    .trim()
    .min(1, `Enter your ${label}`)
    .max(100, `${capitalised(label)} must be 100 characters or fewer`)
    .refine((value) => !NAME_FORBIDDEN.test(value), onlyAllowed(label))
    .refine((value) => VISIBLE.test(value), `Enter your ${label}`);

export const optionalName = (label: string) =>
  z
    .string()
    .trim()
    .max(100, `${capitalised(label)} must be 100 characters or fewer`)
    .refine((value) => !NAME_FORBIDDEN.test(value), onlyAllowed(label))
    .optional()
    .transform((value) => (value && VISIBLE.test(value) ? value : undefined));

// Free text that is stored (a reason, a key's name): line breaks and tabs, but no other control
// characters, which PostgreSQL (NUL) or the screens that show it cannot take, and no
// noncharacters or lone surrogates.
const TEXT_FORBIDDEN = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\p{Cs}${NONCHARACTERS}]`, "u");

/** True when free text has no control characters but line breaks and tabs, and no noncharacters or lone surrogates. */
export const hasNoControlCharacters = (value: string) => !TEXT_FORBIDDEN.test(value);

/** Parses a UK or international mobile number into E.164 (+447700900123), or null. */
export function normaliseMobile(input: string): string | null {
  const phone = parsePhoneNumberFromString(input.trim(), "GB");
  if (!phone) return null;
  // Ofcom keeps 07700 900000–900999 for drama: GOV.UK's examples and our research personas use it.
  if (/^\+447700900\d{3}$/.test(phone.number)) return phone.number;
  if (!phone.isValid()) return null;
  const type = phone.getType();
  if (phone.country === "GB" && type !== "MOBILE") return null;
  if (type && !["MOBILE", "FIXED_LINE_OR_MOBILE"].includes(type)) return null;
  return phone.number;
}

export const mobile = z
  .string({ error: "Enter your mobile number" })
  .trim()
  .min(1, "Enter your mobile number")
  .max(30, "Enter a mobile number, like 07700 900 982 or +44 7700 900 982")
  .transform((value, ctx) => {
    const normalised = normaliseMobile(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "Enter a mobile number, like 07700 900 982 or +44 7700 900 982" });
      return z.NEVER;
    }
    return normalised;
  });

/** A calendar date as YYYY-MM-DD (machine APIs), as a UTC midnight Date. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Enter the ${label} as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as YYYY-MM-DD`)
    .transform((value, ctx) => {
      const [y, m, d] = value.split("-").map(Number) as [number, number, number];
      const date = realDate(y, m, d);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `The ${label} must be a real date` });
        return z.NEVER;
      }
      return date;
    });

/** The date if year/month/day name a real calendar day, else null. */
export function realDate(year: number, month: number, day: number): Date | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export const EARLIEST_DATE_OF_BIRTH = new Date(Date.UTC(1900, 0, 1));
export const MINIMUM_AGE = 16;

/** Why a date of birth is not acceptable, or null when it is. */
export function dateOfBirthProblem(date: Date, now = new Date()): string | null {
  const today = startOfTodayUtc(now);
  if (date >= today) return "Date of birth must be in the past";
  if (date < EARLIEST_DATE_OF_BIRTH) return "Date of birth must be the same as or after 1 January 1900";
  const sixteenYearsAgo = new Date(Date.UTC(today.getUTCFullYear() - MINIMUM_AGE, today.getUTCMonth(), today.getUTCDate()));
  if (date > sixteenYearsAgo) return "You must be 16 or older to use this service";
  return null;
}

export const isoDateOfBirth = isoDate("date of birth").superRefine((date, ctx) => {
  const problem = dateOfBirthProblem(date);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
