// The service's own address, for links that leave the browser (emails) and for next-auth.
// APP_URL when it is set (production must set it). Outside production it may be left unset,
// and then the address the request came to is used, so the app works on any port or host
// (`next dev -p 3001`, a preview behind a proxy) without saying where it runs.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** Where a script with no request to go by (the seed, the CLIs) says the service is, when APP_URL is unset. */
export const LOCAL_APP_URL = "http://localhost:3000";

/** APP_URL, or the local default: for code that runs outside any request. */
export function configuredAppUrl(): string {
  return env().APP_URL ?? LOCAL_APP_URL;
}

/** APP_URL, or the origin of the request being handled, or the local default outside one. */
export async function appUrl(): Promise<string> {
  return env().APP_URL ?? (await requestOrigin()) ?? LOCAL_APP_URL;
}

// A host name or address with an optional port, nothing else: the value ends up in links.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the browser used, from the headers Next.js sets on every request (x-forwarded-host
 * and x-forwarded-proto, or the proxy's). Trusted only because APP_URL is required in production.
 */
export async function requestOrigin(): Promise<string | undefined> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return undefined; // not inside a request: a script, the seed, a test
  }
  const host = (requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"))?.split(",")[0]?.trim();
  if (!host || !HOST.test(host)) return undefined;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}

/** Cookies carry `Secure` when the service is served over https (always, in production). */
export function secureCookies(): boolean {
  return (env().APP_URL ?? "").startsWith("https://");
}
