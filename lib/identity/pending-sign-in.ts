// Between "enter your email" and "enter the code", the address and where to return are kept
// in a short-lived HttpOnly cookie, not the URL (URLs end up in logs and browser history).
import { cookies } from "next/headers";
import { z } from "zod";
import { safeReturnTo } from "./return-to";

export const SIGN_IN_COOKIE = "aytq_sign_in";

const pendingSchema = z.object({ email: z.string().min(3).max(320), returnTo: z.string().max(1000) });

export async function readPendingSignIn(): Promise<{ email: string; returnTo: string } | null> {
  const raw = (await cookies()).get(SIGN_IN_COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { email: parsed.data.email, returnTo: safeReturnTo(parsed.data.returnTo) } : null;
  } catch {
    return null;
  }
}
