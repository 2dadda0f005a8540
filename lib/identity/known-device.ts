// A browser that has signed in to an account before: a signed, long-lived cookie set when sign-in
// completes. Its only use is the sign-in limit per address (lib/identity/sign-in.ts): anyone can
// ask for sign-in emails to a teacher's address, so a limit per address alone would let a
// stranger lock the teacher out; a request from the teacher's own known browser is still served,
// under a limit of its own. The cookie names no address: it carries a keyed hash of it, its
// expiry and a signature over both (TOKEN_HASH_SECRET), so it can be neither read nor forged.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { COOKIES, readCookie, setCookie } from "@/lib/http/cookies";
import { keyedHash } from "@/lib/keyed-hash";

const emailTag = (email: string) => keyedHash("known-device-email", email.trim().toLowerCase()).slice(0, 32);
const sign = (expires: number, tag: string) => keyedHash("known-device", `${expires}\n${tag}`);

export function knownDeviceValue(email: string, now = new Date()): string {
  const expires = now.getTime() + COOKIES.knownDevice.maxAge * 1000;
  const tag = emailTag(email);
  return `${expires}.${tag}.${sign(expires, tag)}`;
}

/** True when `value` is a cookie knownDeviceValue() made for this address and it has not expired. */
export function isKnownDeviceFor(value: string | undefined, email: string, now = new Date()): boolean {
  const [expiresText, tag, mac, ...rest] = (value ?? "").split(".");
  const expires = Number(expiresText);
  if (!tag || !mac || rest.length > 0 || !Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
  if (tag !== emailTag(email)) return false;
  const expected = Buffer.from(sign(expires, tag), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** This request's browser has signed in to this address before. */
export async function isKnownDevice(email: string): Promise<boolean> {
  return isKnownDeviceFor(await readCookie(COOKIES.knownDevice), email);
}

/** Remembers this browser for the account just signed in to (next-auth's signIn event). */
export async function rememberDevice(email: string): Promise<void> {
  await setCookie(COOKIES.knownDevice, knownDeviceValue(email));
}
