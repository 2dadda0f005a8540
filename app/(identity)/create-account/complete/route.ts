import { isSameOrigin } from "@/lib/http/origin";
import { forbidden, seeOther } from "@/lib/http/responses";
import { activeJourney, completeRegistration, forgetJourney, JOURNEY_PAGES, nextStep, STEPS, updateJourney } from "@/lib/identity/registration";

/** "Create account" on check your answers (a plain form post: see lib/http/responses.ts for why). */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) return forbidden();
  const active = await activeJourney();
  if (!active) return seeOther(JOURNEY_PAGES.notAvailable);
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
      return seeOther(JOURNEY_PAGES.alreadyHaveAccount);
    case "email-in-use":
      // Someone took the address since it was confirmed: ask for another.
      await updateJourney(active.journey.id, { emailConfirmed: false });
      return seeOther(`${JOURNEY_PAGES.otherEmail}?error=email-in-use`);
    case "incomplete":
      return seeOther(result.next);
  }
}
