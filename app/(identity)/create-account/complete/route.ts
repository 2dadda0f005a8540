import { activeJourney, completeRegistration, forgetJourney, nextStep, updateJourney } from "@/lib/identity/registration";
import { NOT_AVAILABLE, STEPS } from "../journey";
import { forbidden, isSameOrigin, seeOther } from "../post";

/** "Create account" on check your answers (a plain form post: see ../post.ts for why). */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return forbidden();
  const active = await activeJourney();
  if (!active) return seeOther(NOT_AVAILABLE);
  const next = nextStep(active.journey);
  if (next !== STEPS.checkAnswers) return seeOther(next);

  const result = await completeRegistration(active);
  switch (result.kind) {
    case "created":
      await forgetJourney();
      // next-auth signs the new account in and lands on /create-account/done.
      return seeOther(result.completeUrl);
    case "already-registered":
      await forgetJourney();
      return seeOther("/create-account/already-have-account");
    case "email-in-use":
      // Someone took the address since it was confirmed: ask for another.
      await updateJourney(active.journey.id, { emailConfirmed: false });
      return seeOther("/create-account/email/other?error=email-in-use");
    case "incomplete":
      return seeOther(result.next);
  }
}
