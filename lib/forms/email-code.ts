// The "enter the code we emailed you" step that setting up an account and changing an account's
// email address share: "Send a new code" sends another to the same address; "Continue" checks the
// code and, when it is right, makes the change in the code's own transaction.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { deliverAfterResponse } from "@/lib/email/sender";
import { confirmEmailCode, sendEmailCode, type VerificationOwner } from "@/lib/identity/email-verification";
import { codeSchema, TOO_MANY_CODES } from "@/lib/validation/registration";
import { invalid } from "./action";
import type { FormState, FormValues } from "./state";

/** Nothing to read for "Send a new code"; the code for "Continue". */
export const emailCodeSchema = (values: FormValues) => (values.intent === "resend" ? z.object({}) : codeSchema);

/**
 * Sends a new code, or checks the one typed: the form's state to show again, or "confirmed" once
 * `apply` has made the change (the caller then moves on).
 */
export async function emailCodeStep(
  owner: VerificationOwner,
  email: string,
  data: object,
  values: FormValues,
  apply: (tx: Tx, email: string) => Promise<void>,
): Promise<FormState | "confirmed"> {
  if (!("code" in data) || typeof data.code !== "string") {
    if (!(await sendEmailCode(owner, email)).ok) return invalid({}, { field: "send-new-code", message: TOO_MANY_CODES });
    await deliverAfterResponse();
    return { errors: [], values: {}, notice: `We’ve sent a new code to ${email}` };
  }
  const result = await confirmEmailCode(owner, data.code, apply);
  if (result.status === "wrong") return invalid(values, { field: "code", message: "The code is not right. Check the email and try again" });
  if (result.status === "expired") return invalid(values, { field: "code", message: "The code has expired. Send a new code" });
  return "confirmed";
}
