// Between "enter your email" and "enter the code", the address and where to return are kept
// in a short-lived HttpOnly cookie, not the URL (URLs end up in logs and browser history).
//
// The cookie is signed (HMAC with TOKEN_HASH_SECRET) and carries a random `requester` nonce
// that the sign-in request stored (hashed) beside its code: only the browser that asked can
// spend the code's attempts, so a third party typing wrong codes for someone's address cannot
// end their sign-in; such tries count against the third party's IP address instead.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { COOKIES, deleteCookie, readCookie, setCookie } from "@/lib/http/cookies";
import { safeReturnTo } from "./return-to";
import { keyedHash } from "@/lib/keyed-hash";
import { generateToken, looksLikeToken } from "./tokens";

const LIFETIME_MS = COOKIES.signIn.maxAge * 1000;

export interface PendingSignIn {
  email: string;
  returnTo: string;
  /** The nonce binding this browser to the codes it asked for. */
  requester: string;
}

const payloadSchema = z.object({
  email: z.string().min(3).max(320),
  returnTo: z.string().max(1000),
  requester: z.string().refine(looksLikeToken),
  expires: z.number().int(),
});

const signature = (payload: string) => keyedHash("pending-sign-in-cookie", payload);

function signedBy(payload: string, mac: string): boolean {
  const expected = Buffer.from(signature(payload), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The cookie's value: the payload and its signature. */
export function pendingSignInCookieValue(pending: PendingSignIn, now = new Date()): string {
  const payload = Buffer.from(
    JSON.stringify({ email: pending.email, returnTo: pending.returnTo, requester: pending.requester, expires: now.getTime() + LIFETIME_MS }),
  ).toString("base64url");
  return `${payload}.${signature(payload)}`;
}

/** A cookie value made by pendingSignInCookieValue() and not yet expired, or null. */
export function parsePendingSignInCookie(value: string | undefined, now = new Date()): PendingSignIn | null {
  const [payload, mac, ...rest] = (value ?? "").split(".");
  if (!payload || !mac || rest.length > 0 || !signedBy(payload, mac)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.expires <= now.getTime()) return null;
    return { email: parsed.data.email, returnTo: safeReturnTo(parsed.data.returnTo), requester: parsed.data.requester };
  } catch {
    return null;
  }
}

export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  return parsePendingSignInCookie(await readCookie(COOKIES.signIn));
}

/**
 * This browser's requester nonce: the one from its pending sign-in, so that asking again
 * replaces its own earlier code, else a new one.
 */
export async function signInRequester(): Promise<string> {
  return (await readPendingSignIn())?.requester ?? generateToken();
}

/** Remembers a sign-in this browser has just asked for (after startSignIn with the same requester). */
export async function writePendingSignIn(pending: PendingSignIn): Promise<void> {
  await setCookie(COOKIES.signIn, pendingSignInCookieValue(pending));
}

export async function clearPendingSignIn(): Promise<void> {
  await deleteCookie(COOKIES.signIn);
}
