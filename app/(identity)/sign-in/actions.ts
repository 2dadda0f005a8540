"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { deliverAfterResponse } from "@/lib/email/sender";
import { clientIp } from "@/lib/identity/request";
import { safeReturnTo } from "@/lib/identity/return-to";
import { startSignIn, verifySignInCode } from "@/lib/identity/sign-in";
import { SIGN_IN_COOKIE, readPendingSignIn, signInRequester, writePendingSignIn } from "@/lib/identity/pending-sign-in";
import { formValues, fromZodError, type FormState } from "@/lib/validation/form-state";
import { codeSchema, signInSchema } from "@/lib/validation/sign-in";

export async function requestSignIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "returnTo"]);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const returnTo = safeReturnTo(values.returnTo);

  const requester = await signInRequester();
  const result = await startSignIn({ email: parsed.data.email, ip: await clientIp(), returnTo, requester });
  if (result.status === "rate-limited") redirect("/sign-in/too-many-attempts");
  await deliverAfterResponse();
  await writePendingSignIn({ email: parsed.data.email, returnTo, requester });
  redirect("/sign-in/check-email");
}

export async function enterSignInCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["code"]);
  const pending = await readPendingSignIn();
  if (!pending) redirect("/sign-in");
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);

  const result = await verifySignInCode({ ...pending, code: parsed.data.code, ip: await clientIp() });
  if (result.status === "rate-limited") redirect("/sign-in/too-many-attempts");
  if (result.status === "invalid") {
    return {
      errors: [{ field: "code", message: "The code is not right, or it has expired. Check the email, or get a new code" }],
      values,
    };
  }
  return leaveForRouteHandler(result.completeUrl);
}

/**
 * Sends the browser to next-auth's callback. With JavaScript on, Next.js would fetch a server
 * action's redirect target itself (spending the one-time token on the server and dropping the
 * session cookie), so the form navigates there instead; without JavaScript a 303 does.
 */
async function leaveForRouteHandler(url: string): Promise<FormState> {
  // The pending sign-in cookie stays in this case: deleting it would make the page, rendered
  // again after the action, send the browser back to /sign-in before it could leave.
  if ((await headers()).has("next-action")) return { errors: [], values: {}, redirectTo: url };
  (await cookies()).delete({ name: SIGN_IN_COOKIE, path: "/sign-in" });
  redirect(url);
}
