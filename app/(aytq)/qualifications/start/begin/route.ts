import { forbidden, isSameOrigin, seeOther } from "@/app/(identity)/create-account/post";
import { activeJourney, beginRegistration, nextStep, rememberJourney } from "@/lib/identity/registration";

/**
 * "Start now" on a valid link: a POST, so opening the link uses nothing up. A plain form post
 * rather than a server action, because it may sign the teacher in (see create-account/post.ts).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return forbidden();
  const token = (await request.formData().catch(() => null))?.get("trn_token");
  const result = await beginRegistration(token);
  switch (result.kind) {
    case "journey": {
      await rememberJourney(result.token, result.expiresAt);
      // Resume at the first unanswered question (the cookie set just now is readable here).
      const active = await activeJourney();
      return seeOther(active ? nextStep(active.journey) : "/create-account");
    }
    case "signed-in":
      // An account with the invitation's address had no record: now linked, so sign them in.
      return seeOther(result.completeUrl);
    case "already-registered":
      return seeOther("/create-account/already-have-account");
    case "email-in-use":
      return seeOther("/qualifications/start/email-in-use");
    case "not-valid":
      // It expired or was revoked since the page was shown: the link's page now says which.
      return seeOther(`/qualifications/start?trn_token=${encodeURIComponent(typeof token === "string" ? token : "")}`);
  }
}
