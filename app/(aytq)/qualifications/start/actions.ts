"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deliverAfterResponse } from "@/lib/email/sender";
import { formAction } from "@/lib/forms/action";
import { COOKIES, setCookie } from "@/lib/http/cookies";
import { requestNewInvitation } from "@/lib/identity/invitations";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { clientIp } from "@/lib/identity/request";
import { newLinkSchema } from "@/lib/validation/registration";

/** An expired link: send a new one if the address matches. The same answer either way. */
export const requestNewLink = formAction({
  access: "public",
  schema: newLinkSchema.extend({ trn_token: z.string().catch("") }),
  async run({ email, trn_token }) {
    if (!(await hitRateLimit(RATE_LIMITS.newLinkPerIp, await clientIp())).allowed) redirect("/qualifications/start/too-many-requests");
    await requestNewInvitation(trn_token, email);
    await deliverAfterResponse();
    await setCookie(COOKIES.newLink, email);
    redirect("/qualifications/start/check-your-email");
  },
});
