import { isSameOrigin } from "@/lib/http/origin";
import { forbidden, seeOther } from "@/lib/http/responses";
import { looksLikeToken } from "@/lib/identity/tokens";
import { beginRegistration, JOURNEY_PAGES, nextStep, rememberJourney } from "@/lib/identity/registration";

/**
 * "Start now" on a valid link: a POST, so opening the link uses nothing up. A plain form post
 * rather than a server action, because it may sign the teacher in (see lib/http/responses.ts).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) return forbidden();
  const token = (await request.formData().catch(() => null))?.get("trn_token");
  const result = await beginRegistration(token);
  switch (result.kind) {
    case "journey":
      await rememberJourney(result.token, result.expiresAt);
      // Resume at the first unanswered question.
      return seeOther(nextStep(result.journey));
    case "signed-in":
      // An account with the invitation's address had no record: now linked, so sign them in.
      return seeOther(result.completeUrl);
    case "already-registered":
      return seeOther(JOURNEY_PAGES.alreadyHaveAccount);
    case "email-in-use":
      return seeOther(JOURNEY_PAGES.emailInUse);
    case "not-valid":
      // It expired or was revoked since the page was shown: the link's page now says which.
      // Only a well-formed token goes back into the address (it may be anything, of any size).
      return seeOther(looksLikeToken(token) ? `/qualifications/start?trn_token=${token}` : "/qualifications/start");
  }
}
