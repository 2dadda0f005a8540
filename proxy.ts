// Runs before every request it matches (Next.js 16 "proxy", Node.js runtime): the gates, and
// the answers a page cannot give itself (a status, or real HTML without JavaScript):
//
// - A research preview's shared password (lib/research/gate.ts): with PREVIEW_PASSWORD set and
//   research mode on, every page first asks for it; the machine APIs and the health check not.
// - /support…: staff only. Anyone else, signed in or not, gets the GOV.UK 404 page for every
//   page, route handler and server action under /support, before any of it runs. This is the
//   one guard for the console; each page, handler and action also asks for the role itself
//   (lib/identity/session.ts requireRole/withRole, lib/forms/action.ts), as Next.js advises.
//   Staff asking for a console address that names nothing (an admin page for support, a stale
//   id, an address that is none of the console's routes: app/page-rules.ts CONSOLE_ROUTES) get
//   the console's own 404 page, in its layout, where Next.js would draw the teacher service's.
// - A malformed percent-escape in the address (lib/http/path-encoding.ts): the GOV.UK 404 page,
//   where Next.js, decoding it for a dynamic segment, would answer 500.
// - An address naming something that is not there, or not the viewer's (a change request, a
//   teacher, an email: each page's exists.ts, app/page-rules.ts), gets the GOV.UK 404 page here, with real HTML:
//   Next 16 draws a page's own notFound() only with JavaScript.
// - A server action posted from another site is answered 403; any post to a page or a form's
//   route handler that cannot be read (a malformed multipart body, an action's arguments React
//   cannot decode, a type no form sends) 400 with GOV.UK's problem page, or JSON for the APIs
//   (lib/http/action-requests.ts), where Next.js would answer 500.
// - While the database does not answer, every page that needs it answers 503 with GOV.UK's
//   "Sorry, there is a problem with the service" page (the database is asked at most once a
//   second: lib/db/health.ts).
// - The certificate check page sends an address over its limit to a page that says so (a page
//   always answers 200); that page is answered 429 Too Many Requests with Retry-After here, so
//   that scripts and crawlers read the limit too.
//
// Whatever it answers (passing on, a rewrite, a redirect) carries the security headers with a
// fresh CSP nonce, and the request passed on carries the nonce for Next.js and the root layout
// (lib/http/security-headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { databaseAnsweredRecently } from "@/lib/db/health";
import { actionRequestProblem, formBodyProblem, type ActionProblem } from "@/lib/next-seams/action-requests";
import { env } from "@/lib/env";
import { proxyHasWholeBody } from "@/lib/next-seams/body-limits.mjs";
import { COOKIES, SESSION_COOKIES } from "@/lib/http/cookies";
import { LOCAL_PORT_HEADER } from "@/lib/http/forwarded";
import { findActiveSession } from "@/lib/identity/active-session";
import { pageIsMissing } from "@/app/page-rules";
import { isSameOrigin } from "@/lib/http/origin";
import { hasMalformedEscape } from "@/lib/http/path-encoding";
import { NOT_FROM_OUR_PAGES } from "@/lib/http/responses";
import { hasAccess } from "@/lib/identity/roles";
import { CSP_HEADER, newNonce, requestHeadersWithNonce, securityHeaders } from "@/lib/http/security-headers";
import { fetchServiceProblemPage, SERVICE_PROBLEM_PATH } from "@/lib/http/service-problem-page";
import { isGated, isValidPreviewPass, PASSWORD_PAGE } from "@/lib/research/gate";

const TOO_MANY_CHECKS_PATH = "/check-a-certificate/too-many-checks";
const PLAIN_TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

type PassedOn = { request: { headers: Headers } };

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const settings = { nonce, appUrl: env().APP_URL, development: process.env.NODE_ENV === "development" };
  const pageHeaders = securityHeaders(settings);
  const passedOn = { request: { headers: requestHeadersWithNonce(request.headers, nonce, pageHeaders[CSP_HEADER]) } };
  const answered = await answer(request, passedOn, nonce);
  // Passed on, a document with a policy of its own (lib/http/security-headers.ts) gets that one.
  const security = answered ? pageHeaders : securityHeaders({ ...settings, passedOnPath: request.nextUrl.pathname });
  const response = answered ?? NextResponse.next(passedOn);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

/** proxy.ts's own answer (a redirect; the 400, 403, 404, 429 or 503 page), or null to pass the request on to its route. */
async function answer(request: NextRequest, passedOn: PassedOn, nonce: string): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (isGated(pathname) && !isValidPreviewPass(request.cookies.get(COOKIES.previewPass.name)?.value)) {
    const gate = new URL(PASSWORD_PAGE, request.url);
    gate.searchParams.set("returnTo", `${pathname}${search}`);
    return NextResponse.redirect(gate, 303);
  }
  // Before any rewrite: a post rewritten to the 404 page is still a post Next.js would try as an action.
  const api = pathname.startsWith("/api/");
  const wholeBody = proxyHasWholeBody(request.headers.get("content-length"));
  const postProblem = !wholeBody ? null : api ? await formBodyProblem(request, isSameOrigin) : await actionRequestProblem(request, isSameOrigin);
  if (postProblem) return unreadablePost(request, api, postProblem, nonce);
  if (hasMalformedEscape(pathname)) return notFoundPage(request, passedOn);
  if (needsDatabase(pathname) && !(await databaseAnsweredRecently())) return serviceUnavailable(request, nonce);
  const viewer = once(() => signedInAccount(request));
  // Not a redirect: the address stays, and nothing says the console exists.
  if (isSupportPath(pathname)) {
    if (!hasAccess(await viewer(), "support")) return notFoundPage(request, passedOn);
    // From here on the viewer is staff: a 404 is the console's own page, in the console's layout.
    if (pathname === CONSOLE_NOT_FOUND_PATH) return notFoundPage(request, passedOn, CONSOLE_NOT_FOUND_PATH);
    // Staff and API keys are for admins: a support member gets the 404 page, as if they were not there.
    if (isAdminPath(pathname) && !hasAccess(await viewer(), "admin")) return notFoundPage(request, passedOn, CONSOLE_NOT_FOUND_PATH);
  }
  // A query that fails now is the page's to answer, not a 404.
  if (await pageIsMissing(pathname, viewer).catch(() => false)) {
    return notFoundPage(request, passedOn, isSupportPath(pathname) ? CONSOLE_NOT_FOUND_PATH : undefined);
  }
  if (pathname === TOO_MANY_CHECKS_PATH) {
    return NextResponse.rewrite(request.nextUrl, { ...passedOn, status: 429, headers: { "Retry-After": String(15 * 60) } });
  }
  return null;
}

export function isSupportPath(pathname: string): boolean {
  return pathname === "/support" || pathname.startsWith("/support/");
}

/** The console's admin-only pages: staff and API keys. */
export function isAdminPath(pathname: string): boolean {
  return /^\/support\/(?:staff|api-keys)(?:\/|$)/.test(pathname);
}

// Pages that need no database keep working through an outage; /api/health reports it itself.
const WITHOUT_DATABASE = new Set(["/api/health", SERVICE_PROBLEM_PATH, "/cookies", "/accessibility", "/privacy"]);

function needsDatabase(pathname: string): boolean {
  return !WITHOUT_DATABASE.has(pathname);
}

/**
 * 503 while the database does not answer: GOV.UK's problem page as real HTML (a page that throws
 * sends an empty body without JavaScript), or JSON for the APIs. It clears by itself.
 * A rewrite cannot carry the 503 to a page (Next answers a page 200), so the page is fetched from
 * this server (it needs no database) and sent with the status (lib/http/service-problem-page.ts).
 */
async function serviceUnavailable(request: NextRequest, nonce: string) {
  const headers = { "Retry-After": "30", "Cache-Control": "no-store" };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    // The machine APIs' error shape (lib/api/json.ts).
    return NextResponse.json({ errors: [{ field: "service", message: "The service is unavailable. Try again later." }] }, { status: 503, headers });
  }
  const html = await fetchServiceProblemPage(request.headers.get(LOCAL_PORT_HEADER), nonce);
  if (html) return new NextResponse(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  return new NextResponse("Sorry, there is a problem with the service. Try again later.", { status: 503, headers: { ...headers, ...PLAIN_TEXT } });
}

/**
 * A post that cannot be read: 403 (another site) as plain text, as route handlers answer it; 400
 * with GOV.UK's problem page for a page (fetched as the 503 is), JSON naming the body for the APIs.
 */
async function unreadablePost(request: NextRequest, api: boolean, problem: ActionProblem, nonce: string) {
  if (api) {
    const message = problem.status === 403 ? NOT_FROM_OUR_PAGES : "The body could not be read";
    return NextResponse.json({ errors: [{ field: "(body)", message }] }, { status: problem.status, headers: { "Cache-Control": "no-store" } });
  }
  if (problem.status === 403) return new NextResponse(NOT_FROM_OUR_PAGES, { status: 403, headers: PLAIN_TEXT });
  const html = await fetchServiceProblemPage(request.headers.get(LOCAL_PORT_HEADER), nonce);
  if (html) return new NextResponse(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  return new NextResponse(problem.message, { status: 400, headers: PLAIN_TEXT });
}

/** The console's 404 page (app/(support)/support/page-not-found), for staff only. */
export const CONSOLE_NOT_FOUND_PATH = "/support/page-not-found";

/** The GOV.UK 404 page (app/not-found.tsx, or the console's), at the address asked for. */
function notFoundPage(request: NextRequest, passedOn: PassedOn, page = "/_not-found") {
  return NextResponse.rewrite(new URL(page, request.url), { ...passedOn, status: 404 });
}

async function signedInAccount(request: NextRequest) {
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean);
  if (!token) return null;
  return (await findActiveSession(token).catch(() => null))?.account ?? null;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const config = {
  // Everything but the build's and GOV.UK Frontend's static files, which need neither gate.
  matcher: ["/((?!_next/static|_next/image|assets/|js/|favicon\\.ico).*)"],
};
