"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deliverAfterResponse } from "@/lib/email/sender";
import { formAction, invalid, leaveFor } from "@/lib/forms/action";
import { isKnownDevice } from "@/lib/identity/known-device";
import { clearPendingSignIn, readPendingSignIn, signInRequester, writePendingSignIn } from "@/lib/identity/pending-sign-in";
import { clientIp } from "@/lib/identity/request";
import { safeReturnTo } from "@/lib/identity/return-to";
import { startSignIn, verifySignInCode } from "@/lib/identity/sign-in";
import { codeSchema, signInSchema } from "@/lib/validation/sign-in";

export const requestSignIn = formAction({
  access: "public",
  schema: signInSchema.extend({ returnTo: z.string().catch("") }),
  async run({ email, returnTo: wanted }) {
    const returnTo = safeReturnTo(wanted);
    // The browser's own nonce: only it can spend the code's attempts (lib/identity/pending-sign-in.ts).
    const requester = await signInRequester();
    const result = await startSignIn({ email, ip: await clientIp(), returnTo, requester, knownDevice: await isKnownDevice(email) });
    if (result.status === "rate-limited") redirect("/sign-in/too-many-attempts");
    await deliverAfterResponse();
    await writePendingSignIn({ email, returnTo, requester });
    redirect("/sign-in/check-email");
  },
});

export const enterSignInCode = formAction({
  access: "public",
  async load() {
    const pending = await readPendingSignIn();
    if (!pending) redirect("/sign-in");
    return pending;
  },
  schema: codeSchema,
  async run({ code }, { loaded: pending, values }) {
    const result = await verifySignInCode({ ...pending, code, ip: await clientIp() });
    if (result.status === "rate-limited") redirect("/sign-in/too-many-attempts");
    if (result.status === "invalid") {
      return invalid(values, { field: "code", message: "The code is not right, or it has expired. Check the email, or get a new code" });
    }
    // Only without JavaScript is the pending sign-in forgotten now: with it, the page rendered
    // again after the action would send the browser back to /sign-in before it could leave.
    return leaveFor(result.completeUrl, { beforeRedirect: clearPendingSignIn });
  },
});
