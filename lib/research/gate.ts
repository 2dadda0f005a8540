// A research preview's shared password. With PREVIEW_PASSWORD set (and research mode on), every
// page first asks for it (proxy.ts sends visitors to /research/password); once given, a signed
// cookie lets the browser in for 12 hours. The cookie's signature covers the password itself,
// so changing the password turns everyone away again. The machine APIs and the health check
// are never gated.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { COOKIES } from "@/lib/http/cookies";
import { keyedHash } from "@/lib/keyed-hash";
import { previewPassword } from "./mode";

export const PASSWORD_PAGE = "/research/password";

// Paths reached without the password: the gate itself, GOV.UK's assets and our scripts, the
// health check and the machine APIs (their callers are services, not people), and next-auth's;
// and the two pages the server fetches from itself to answer 404 and 503 (lib/http/own-page.ts),
// which say nothing about the research version.
const UNGATED = [
  /^\/research\/password$/,
  /^\/_not-found$/,
  /^\/service-problem$/,
  /^\/api\/health$/,
  /^\/api\/v1\//,
  /^\/api\/testing\//,
  /^\/_next\//,
  /^\/assets\//,
  /^\/js\//,
  /^\/favicon\.ico$/,
];

export function isGated(pathname: string): boolean {
  return previewPassword() !== null && !UNGATED.some((pattern) => pattern.test(pathname));
}

/** The gate's address, coming back to `returnTo` once the password is given. */
export function gatePath(returnTo: string): string {
  return `${PASSWORD_PAGE}?${new URLSearchParams({ returnTo })}`;
}

const sign = (expires: number, password: string) => keyedHash("preview-pass", `${expires}\n${password}`);

/** The cookie's value: when it ends, and a signature over that and the password. */
export function previewPassValue(now = new Date()): string {
  const password = previewPassword();
  if (!password) throw new Error("No preview password is set.");
  const expires = now.getTime() + COOKIES.previewPass.maxAge * 1000;
  return `${expires}.${sign(expires, password)}`;
}

export function isValidPreviewPass(value: string | undefined, now = new Date()): boolean {
  const password = previewPassword();
  if (!password) return true;
  const [expiresText, mac, ...rest] = (value ?? "").split(".");
  const expires = Number(expiresText);
  if (!mac || rest.length > 0 || !Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
  const expected = Buffer.from(sign(expires, password), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The typed password is the preview's (compared as keyed hashes, in constant time). */
export function isPreviewPassword(typed: string): boolean {
  const password = previewPassword();
  if (!password) return false;
  const a = Buffer.from(keyedHash("preview-password", typed), "hex");
  const b = Buffer.from(keyedHash("preview-password", password), "hex");
  return timingSafeEqual(a, b);
}
