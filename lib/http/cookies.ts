// Every cookie the service sets, in one place: its name, path and lifetime (the cookies page,
// app/(static)/cookies, lists the same ones). All are HttpOnly and SameSite=Lax, and Secure
// whenever the service runs on https.
import "server-only";
import { cookies } from "next/headers";
import { secureCookies } from "./app-url";

export interface CookieSpec {
  name: string;
  path: string;
  /** Seconds; without it the caller gives an expiry date, or it lasts the browser session. */
  maxAge?: number;
}

export const COOKIES = {
  /** The invitation token of the account set-up journey in this browser. */
  registration: { name: "aytq_registration", path: "/" },
  /** The address being signed in with, between "enter your email" and "enter the code". */
  signIn: { name: "aytq_sign_in", path: "/sign-in", maxAge: 15 * 60 },
  /** The address typed for a new invitation link, for the "check your email" page only. */
  newLink: { name: "aytq_new_link", path: "/qualifications/start", maxAge: 15 * 60 },
  /** This browser has signed in to an account before (signed, lib/identity/known-device.ts). */
  knownDevice: { name: "aytq_known_device", path: "/", maxAge: 180 * 24 * 3600 },
  /** A research preview's shared password was given (signed, lib/research/gate.ts). */
  previewPass: { name: "aytq_preview_pass", path: "/", maxAge: 12 * 3600 },
} satisfies Record<string, CookieSpec>;

/** next-auth's session cookie, by the name it has on https and on http (set by next-auth, read by us). */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export async function setCookie(spec: CookieSpec, value: string, options: { expires?: Date } = {}): Promise<void> {
  (await cookies()).set(spec.name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: spec.path,
    ...(options.expires ? { expires: options.expires } : spec.maxAge ? { maxAge: spec.maxAge } : {}),
  });
}

export async function readCookie(spec: CookieSpec): Promise<string | undefined> {
  return (await cookies()).get(spec.name)?.value;
}

export async function deleteCookie(spec: CookieSpec): Promise<void> {
  (await cookies()).delete({ name: spec.name, path: spec.path });
}
