// Runs before every request it matches (Next.js 16 "proxy", Node.js runtime). Two gates, and
// one status a page cannot choose itself:
//
// - A research preview's shared password (lib/research/gate.ts): with PREVIEW_PASSWORD set and
//   research mode on, every page first asks for it; the machine APIs and the health check not.
// - /support…: staff only. Anyone else, signed in or not, gets the GOV.UK 404 page for every
//   page, route handler and server action under /support, before any of it runs. This is the
//   one guard for the console; each page, handler and action also asks for the role itself
//   (lib/identity/session.ts requireRole/withRole, lib/forms/action.ts), as Next.js advises.
// - The certificate check page sends an address over its limit to a page that says so (a page
//   always answers 200); that page is answered 429 Too Many Requests with Retry-After here, so
//   that scripts and crawlers read the limit too.
import { NextResponse, type NextRequest } from "next/server";
import { COOKIES } from "@/lib/http/cookies";
import { findActiveSession } from "@/lib/identity/active-session";
import { hasAccess } from "@/lib/identity/roles";
import { isGated, isValidPreviewPass, PASSWORD_PAGE } from "@/lib/research/gate";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const TOO_MANY_CHECKS_PATH = "/check-a-certificate/too-many-checks";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isGated(pathname) && !isValidPreviewPass(request.cookies.get(COOKIES.previewPass.name)?.value)) {
    const gate = new URL(PASSWORD_PAGE, request.url);
    gate.searchParams.set("returnTo", `${pathname}${search}`);
    return NextResponse.redirect(gate, 303);
  }
  if (isSupportPath(pathname) && !(await isStaff(request))) {
    // Not a redirect: the address stays, and nothing says the console exists.
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  }
  if (pathname === TOO_MANY_CHECKS_PATH) {
    return NextResponse.rewrite(request.nextUrl, { status: 429, headers: { "Retry-After": String(15 * 60) } });
  }
  return NextResponse.next();
}

export function isSupportPath(pathname: string): boolean {
  return pathname === "/support" || pathname.startsWith("/support/");
}

async function isStaff(request: NextRequest): Promise<boolean> {
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean);
  if (!token) return false;
  const session = await findActiveSession(token).catch(() => null);
  return hasAccess(session?.account ?? null, "support");
}

export const config = {
  // Everything but the build's and GOV.UK Frontend's static files, which need neither gate.
  matcher: ["/((?!_next/static|_next/image|assets/|js/|favicon\\.ico).*)"],
};
