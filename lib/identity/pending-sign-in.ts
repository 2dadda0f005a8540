// Between "enter your email" and "enter the code", the address and where to return are kept
// in a short-lived HttpOnly cookie, not the URL (URLs end up in logs and browser history).
import "server-only";
import { z } from "zod";
import { COOKIES, deleteCookie, readCookie, setCookie } from "@/lib/http/cookies";
import { safeReturnTo } from "./return-to";

const pendingSchema = z.object({ email: z.string().min(3).max(320), returnTo: z.string().max(1000) });

export async function writePendingSignIn(email: string, returnTo: string): Promise<void> {
  await setCookie(COOKIES.signIn, JSON.stringify({ email, returnTo }));
}

export async function readPendingSignIn(): Promise<{ email: string; returnTo: string } | null> {
  const raw = await readCookie(COOKIES.signIn);
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { email: parsed.data.email, returnTo: safeReturnTo(parsed.data.returnTo) } : null;
  } catch {
    return null;
  }
}

export async function clearPendingSignIn(): Promise<void> {
  await deleteCookie(COOKIES.signIn);
}
