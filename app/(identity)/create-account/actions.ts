"use server";
// The account set-up questions. Each is public (the teacher has no account yet) and acts only
// on the journey of this browser's invitation, which `load` finds (or redirects away from).
import { redirect } from "next/navigation";
import { z } from "zod";
import { deliverAfterResponse } from "@/lib/email/sender";
import { formAction, invalid } from "@/lib/forms/action";
import { emailCodeSchema, emailCodeStep } from "@/lib/forms/email-code";
import { emailInUse } from "@/lib/identity/accounts";
import { pendingEmail, sendEmailCode } from "@/lib/identity/email-verification";
import { afterAnswer, JOURNEY_PAGES, journeyAt, STEPS, stepUrl, updateJourney } from "@/lib/identity/registration";
import { dateOfBirthField } from "@/lib/validation/date-input";
import { confirmEmailSchema, EMAIL_IN_USE_MESSAGE, mobileSchema, nameSchema, otherEmailSchema, TOO_MANY_CODES } from "@/lib/validation/registration";

const isChange = (values: Record<string, unknown>) => values.change === "1";

export const saveName = formAction({
  access: "public",
  load: () => journeyAt("name"),
  schema: nameSchema,
  async run(answers, { loaded, values }) {
    const journey = await updateJourney(loaded.journey.id, answers);
    redirect(afterAnswer(isChange(values), journey));
  },
});

export const saveDateOfBirth = formAction({
  access: "public",
  load: () => journeyAt("dateOfBirth"),
  schema: z.object({ dateOfBirth: dateOfBirthField() }),
  async run({ dateOfBirth }, { loaded, values }) {
    const journey = await updateJourney(loaded.journey.id, { dateOfBirth });
    redirect(afterAnswer(isChange(values), journey));
  },
});

export const saveMobile = formAction({
  access: "public",
  load: () => journeyAt("mobile"),
  schema: mobileSchema,
  async run({ mobile }, { loaded, values }) {
    const journey = await updateJourney(loaded.journey.id, { mobile });
    redirect(afterAnswer(isChange(values), journey));
  },
});

export const confirmEmail = formAction({
  access: "public",
  load: () => journeyAt("email"),
  schema: confirmEmailSchema,
  async run({ useEmail }, { loaded, values }) {
    if (useEmail === "no") redirect(stepUrl(JOURNEY_PAGES.otherEmail, isChange(values)));
    const email = loaded.invitationEmail;
    if (await emailInUse(email)) {
      return invalid(values, { field: "useEmail", message: `${EMAIL_IN_USE_MESSAGE}. Select no and enter another email address` });
    }
    const journey = await updateJourney(loaded.journey.id, { email, emailConfirmed: true });
    redirect(afterAnswer(isChange(values), journey));
  },
});

export const chooseOtherEmail = formAction({
  access: "public",
  load: () => journeyAt("email"),
  schema: otherEmailSchema,
  async run({ email }, { loaded, values }) {
    const change = isChange(values);
    // The address we sent the link to is already proven: no code needed.
    if (email === loaded.invitationEmail) {
      if (await emailInUse(email)) return invalid(values, { field: "email", message: EMAIL_IN_USE_MESSAGE });
      const journey = await updateJourney(loaded.journey.id, { email, emailConfirmed: true });
      redirect(afterAnswer(change, journey));
    }
    if (await emailInUse(email)) return invalid(values, { field: "email", message: EMAIL_IN_USE_MESSAGE });
    if (!(await sendEmailCode({ journeyId: loaded.journey.id }, email)).ok) return invalid(values, { field: "email", message: TOO_MANY_CODES });
    await deliverAfterResponse();
    redirect(stepUrl(JOURNEY_PAGES.emailCode, change));
  },
});

/** The code page's two buttons: "Continue" checks the code, "Send a new code" sends another. */
export const enterEmailCode = formAction({
  access: "public",
  async load() {
    const active = await journeyAt("email");
    const email = await pendingEmail({ journeyId: active.journey.id });
    return { ...active, email };
  },
  schema: emailCodeSchema,
  async run(data, { loaded, values }) {
    if (!loaded.email) redirect(stepUrl(JOURNEY_PAGES.otherEmail, isChange(values)));
    const step = await emailCodeStep({ journeyId: loaded.journey.id }, loaded.email, data, values, async (tx, email) => {
      await tx.registrationJourney.update({ where: { id: loaded.journey.id }, data: { email, emailConfirmed: true } });
    });
    if (step !== "confirmed") return step;
    redirect(STEPS.checkAnswers);
  },
});
