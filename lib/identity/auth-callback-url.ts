// next-auth 4 checks every request's callbackUrl (the query's, and its callback-url cookie's)
// and answers one that is not a URL with a 500 "There is a problem with the server
// configuration" (next-auth/core/lib/assert.js). Such a value only comes from a mangled link or
// a forged request: the same check runs here first, and the browser goes to the sign-in problem
// page instead. The cookie is cleared too, or every later sign-in in that browser would fail.
import "server-only";

/** next-auth's own cookie names for the callback URL (secure and not). */
const CALLBACK_URL_COOKIES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"];

/** The `error` the sign-in problem page shows for it. */
export const BAD_CALLBACK_URL_ERROR = "CallbackUrl";

/** The test next-auth applies: a path, or an absolute http(s) URL. */
function isValidCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(request: Request): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of (request.headers.get("cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const raw = pair.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // next/headers keeps a value it cannot decode as it is: so does this
    }
    values.set(pair.slice(0, at).trim(), value);
  }
  return values;
}

/** True when next-auth would refuse the request's callback URL with its configuration error. */
export function hasBadCallbackUrl(request: Request): boolean {
  const query = new URL(request.url).searchParams.getAll("callbackUrl");
  const cookies = cookieValues(request);
  const fromCookies = CALLBACK_URL_COOKIES.map((name) => cookies.get(name));
  return [...query, ...fromCookies].some((value) => value !== undefined && value !== "" && !isValidCallbackUrl(value));
}

/** A 303 to the sign-in problem page that also forgets the callback-url cookie; null when the URL is fine. */
export function refuseBadCallbackUrl(request: Request): Response | null {
  if (!hasBadCallbackUrl(request)) return null;
  const headers = new Headers({ Location: `/sign-in/problem?error=${BAD_CALLBACK_URL_ERROR}`, "Cache-Control": "no-store" });
  for (const name of CALLBACK_URL_COOKIES) {
    headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  }
  return new Response(null, { status: 303, headers });
}
