// Schemas for the machine APIs, built from the same field rules as the forms.
import { z } from "zod";
import { email, isoDate, isoDateOfBirth, mobile, name, optionalName, trn } from "./primitives";

export const qtsAwardSchema = z.strictObject(
  {
    trn,
    firstName: name("first name"),
    middleName: optionalName("middle name").nullable(),
    lastName: name("last name"),
    dateOfBirth: isoDateOfBirth,
    email,
    mobile: mobile.optional().nullable(),
    qtsAwardedOn: isoDate("QTS award date").refine((date) => date <= new Date(), "The QTS award date must not be in the future"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "is not a field this API accepts" : undefined) },
);
export type QtsAwardInput = z.infer<typeof qtsAwardSchema>;

export const trnTokenSchema = z.strictObject(
  { trn, email },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "is not a field this API accepts" : undefined) },
);

export interface FieldError {
  field: string;
  message: string;
}

/** One entry per bad field (unknown fields named too), for a 400 answer. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: [...issue.path, key].join("."), message: `${key} is not a field this API accepts` }))
      : [{ field: issue.path.join(".") || "(body)", message: issue.message }],
  );
}
