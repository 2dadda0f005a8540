// The account set-up journey's forms, and the expired-link form on the start page.
import { z } from "zod";
import { email, mobile, name, personalEmail } from "./primitives";

export const nameSchema = z.object({ firstName: name("first name"), lastName: name("last name") });

export const mobileSchema = z.object({ mobile });

export const confirmEmailSchema = z.object({
  useEmail: z.enum(["yes", "no"], { error: "Select yes if you want to use this email address" }),
});

/** An address that another account already uses (checked against the database by the action). */
export const EMAIL_IN_USE_MESSAGE = "This email address is already used by another DfE Identity account";

export const otherEmailSchema = z.object({ email: personalEmail });

export const codeSchema = z.object({
  code: z
    .string({ error: "Enter the code from the email" })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Enter the code from the email")
        .regex(/^\d{6}$/, "The code must be 6 numbers"),
    ),
});

/** Asking for a new link: any address we might have sent the first one to (role mailboxes too). */
export const newLinkSchema = z.object({ email });

export const TOO_MANY_CODES = "You’ve asked for too many codes. Wait 15 minutes, then try again";
