"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { deliverAfterResponse } from "@/lib/email/sender";
import { requestNewInvitation } from "@/lib/identity/invitations";
import { hitRateLimit, RATE_LIMITS } from "@/lib/identity/rate-limit";
import { clientIp } from "@/lib/identity/request";
import { formValues, fromZodError, type FormState } from "@/lib/validation/form-state";
import { newLinkSchema } from "@/lib/validation/registration";
import { NEW_LINK_COOKIE } from "./new-link-cookie";

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
