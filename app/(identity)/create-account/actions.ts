"use server";

import { redirect } from "next/navigation";
import type { DateOfBirthFormState } from "@/components/forms/create-account/date-of-birth-form";
import type { EmailCodeFormState } from "@/components/forms/create-account/email-code-form";
import { dateInputErrorTargetId } from "@/components/govuk";
import { db } from "@/lib/db";
import { deliverAfterResponse } from "@/lib/email/sender";
import { confirmEmailCode, nextStep, sendEmailCode, updateJourney } from "@/lib/identity/registration";
import { parseDateOfBirthInput } from "@/lib/validation/date-input";
import { formValues, fromZodError, type FormState } from "@/lib/validation/form-state";
import {
  codeSchema,
  confirmEmailSchema,
  EMAIL_IN_USE_MESSAGE,
  mobileSchema,
  nameSchema,
  otherEmailSchema,
} from "@/lib/validation/registration";
import { journeyAt, STEPS, stepUrl } from "./journey";

const TOO_MANY_CODES = "You’ve asked for too many codes. Wait 15 minutes, then try again";

function afterSaving(formData: FormData, next: string): never {
  // From check your answers, back there (it sends on to anything still missing).
  redirect(formData.get("change") === "1" ? STEPS.checkAnswers : next);
}

async function emailInUse(email: string): Promise<boolean> {
  return (await (await db()).identityAccount.findUnique({ where: { email }, select: { id: true } })) !== null;
}

export async function saveName(_previous: FormState, formData: FormData): Promise<FormState> {
  const { journey } = await journeyAt("name");
  const values = formValues(formData, ["firstName", "lastName"]);
  const parsed = nameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  await updateJourney(journey.id, parsed.data);
  afterSaving(formData, nextStep({ ...journey, ...parsed.data }));
}

export async function saveDateOfBirth(_previous: DateOfBirthFormState, formData: FormData): Promise<DateOfBirthFormState> {
  const { journey } = await journeyAt("dateOfBirth");
  const values = formValues(formData, ["dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year"]);
  const parsed = parseDateOfBirthInput({
    day: values["dateOfBirth-day"]!,
    month: values["dateOfBirth-month"]!,
    year: values["dateOfBirth-year"]!,
  });
  if (!parsed.ok) {
    return {
      errors: [{ field: dateInputErrorTargetId("dateOfBirth", parsed.fields), message: parsed.message }],
      errorItems: parsed.fields,
      values,
    };
  }
  await updateJourney(journey.id, { dateOfBirth: parsed.date });
  afterSaving(formData, nextStep({ ...journey, dateOfBirth: parsed.date }));
}

export async function saveMobile(_previous: FormState, formData: FormData): Promise<FormState> {
  const { journey } = await journeyAt("mobile");
  const values = formValues(formData, ["mobile"]);
  const parsed = mobileSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  await updateJourney(journey.id, { mobile: parsed.data.mobile });
  afterSaving(formData, nextStep({ ...journey, mobile: parsed.data.mobile }));
}

export async function confirmEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const { journey, invitationEmail } = await journeyAt("email");
  const values = formValues(formData, ["useEmail"]);
  const parsed = confirmEmailSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  if (parsed.data.useEmail === "no") redirect(stepUrl("/create-account/email/other", formData.get("change") === "1"));
  if (await emailInUse(invitationEmail)) {
    return { errors: [{ field: "useEmail", message: `${EMAIL_IN_USE_MESSAGE}. Select no and enter another email address` }], values };
  }
  await updateJourney(journey.id, { email: invitationEmail, emailConfirmed: true });
  afterSaving(formData, nextStep({ ...journey, email: invitationEmail, emailConfirmed: true }));
}

export async function chooseOtherEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const { journey, invitationEmail } = await journeyAt("email");
  const values = formValues(formData, ["email"]);
  const parsed = otherEmailSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { email } = parsed.data;
  const change = formData.get("change") === "1";

  // The address we sent the link to is already proven: no code needed.
  if (email === invitationEmail) return confirmEmail(_previous, withUseEmailYes(formData));
  if (await emailInUse(email)) return { errors: [{ field: "email", message: EMAIL_IN_USE_MESSAGE }], values };
  if (!(await sendEmailCode(journey, email)).ok) return { errors: [{ field: "email", message: TOO_MANY_CODES }], values };
  await deliverAfterResponse();
  redirect(stepUrl("/create-account/email/code", change));
}

function withUseEmailYes(formData: FormData): FormData {
  const yes = new FormData();
  yes.set("useEmail", "yes");
  const change = formData.get("change");
  if (typeof change === "string") yes.set("change", change);
  return yes;
}

/** The code form's two buttons: "Continue" checks the code, "Send a new code" sends another. */
export async function enterEmailCode(_previous: EmailCodeFormState, formData: FormData): Promise<EmailCodeFormState> {
  const { journey } = await journeyAt("email");
  const change = formData.get("change") === "1";
  if (!journey.pendingEmail) redirect(stepUrl("/create-account/email/other", change));

  if (formData.get("intent") === "resend") {
    if (!(await sendEmailCode(journey, journey.pendingEmail)).ok) {
      return { errors: [{ field: "send-new-code", message: TOO_MANY_CODES }], values: {} };
    }
    await deliverAfterResponse();
    return { errors: [], values: {}, resent: true };
  }

  const values = formValues(formData, ["code"]);
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await confirmEmailCode(journey, parsed.data.code);
  if (result === "wrong") return { errors: [{ field: "code", message: "The code is not right. Check the email and try again" }], values };
  if (result === "expired") return { errors: [{ field: "code", message: "The code has expired. Send a new code" }], values };
  redirect(STEPS.checkAnswers);
}
