// The account set-up journey's forms.
import { z } from "zod";
import { name, personalEmail } from "./primitives";

export const nameSchema = z.object({ firstName: name("first name"), lastName: name("last name") });

export const confirmEmailSchema = z.object({
  useEmail: z.enum(["yes", "no"], { error: "Select yes if you want to use this email address" }),
});

export const otherEmailSchema = z.object({ email: personalEmail });

export const codeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "Enter the code").regex(/^\d{6}$/, "The code must be 6 numbers")),
});
