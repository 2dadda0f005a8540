// Schemas for the machine APIs, built from the same field rules as the forms.
import { z } from "zod";
import { EARLIEST_DATE_OF_BIRTH, email, isoDate, isoDateOfBirth, mobile, name, optionalName } from "./primitives";
import { trn } from "./trn";

/** What an API key may do, one scope a route (lib/identity/api-keys.ts checks a key's). */
export const API_SCOPES = ["qts-awards:write", "trn-tokens:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const UNKNOWN_FIELD = { error: (issue: z.core.$ZodRawIssue) => (issue.code === "unrecognized_keys" ? "is not a field this API accepts" : undefined) };

export const qtsAwardSchema = z
  .strictObject(
    {
      trn,
      firstName: name("first name"),
      middleName: optionalName("middle name").nullable(),
      lastName: name("last name"),
      dateOfBirth: isoDateOfBirth,
      email,
      mobile: mobile.optional().nullable(),
      qtsAwardedOn: isoDate("QTS award date")
        .refine((date) => date <= new Date(), "The QTS award date must not be in the future")
        .refine((date) => date >= EARLIEST_DATE_OF_BIRTH, "The QTS award date must be the same as or after 1 January 1900"),
    },
    UNKNOWN_FIELD,
  )
  // A date that cannot be would print on the certificate.
  .superRefine((award, ctx) => {
    // Runs even when other fields are wrong (zod 4): compare only two dates that parsed.
    const { dateOfBirth, qtsAwardedOn } = award as { dateOfBirth: unknown; qtsAwardedOn: unknown };
    if (!(dateOfBirth instanceof Date) || !(qtsAwardedOn instanceof Date) || qtsAwardedOn > dateOfBirth) return;
    ctx.addIssue({ code: "custom", path: ["qtsAwardedOn"], message: "The QTS award date must be after the date of birth" });
  });
export type QtsAwardInput = z.infer<typeof qtsAwardSchema>;

export const trnTokenSchema = z.strictObject({ trn, email }, UNKNOWN_FIELD);

export interface FieldError {
  field: string;
  message: string;
}

/** One entry per bad field (unknown fields named too), for a 400 answer. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => {
          // An empty key still needs a name the caller can see.
          const shown = key === "" ? '""' : key;
          return { field: [...issue.path, shown].join("."), message: `${shown} is not a field this API accepts` };
        })
      : [{ field: issue.path.join(".") || "(body)", message: issue.message }],
  );
}
