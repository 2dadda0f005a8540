"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { deliverAfterResponse } from "@/lib/email/sender";
import { requestNewInvitation } from "@/lib/identity/invitations";
import { hitRateLimit, RATE_LIMITS } from "@/lib/identity/rate-limit";
import { activeJourney, beginRegistration, nextStep, rememberJourney } from "@/lib/identity/registration";
import { clientIp } from "@/lib/identity/request";
import { formValues, fromZodError, type FormState } from "@/lib/validation/form-state";
import { newLinkSchema } from "@/lib/validation/registration";
import { NEW_LINK_COOKIE } from "./new-link-cookie";

function startUrl(token: unknown): string {
  return `/qualifications/start?trn_token=${encodeURIComponent(typeof token === "string" ? token : "")}`;
}

/** The journey's first unanswered question, resuming answers already given. */
async function firstUnanswered(): Promise<string> {
  // The cookie set just now is visible to this action; /create-account resumes just the same otherwise.
  const active = await activeJourney();
  return active ? nextStep(active.journey) : "/create-account";
}

/** "Start now" on a valid link (a POST, so opening the link uses nothing up). */
export async function startNow(formData: FormData): Promise<void> {
  const token = formData.get("trn_token");
  const result = await beginRegistration(token);
  switch (result.kind) {
    case "journey":
      await rememberJourney(result.token, result.expiresAt);
      redirect(await firstUnanswered());
    case "signed-in":
      redirect(result.completeUrl);
    case "already-registered":
      redirect("/create-account/already-have-account");
    case "email-in-use":
      redirect("/qualifications/start/email-in-use");
    case "not-valid":
      // It expired or was revoked since the page was shown: the link's page now says which.
      redirect(startUrl(token));
  }
}

/** An expired link: send a new one if the address matches. The same answer either way. */
export async function requestNewLink(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "trn_token"]);
  const parsed = newLinkSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);

  if (!(await hitRateLimit(RATE_LIMITS.newLinkPerIp, await clientIp())).allowed) redirect("/qualifications/start/too-many-requests");
  await requestNewInvitation(values.trn_token, parsed.data.email);
  await deliverAfterResponse();
  (await cookies()).set(NEW_LINK_COOKIE, parsed.data.email, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/qualifications/start",
    maxAge: 15 * 60,
  });
  redirect("/qualifications/start/check-your-email");
}
