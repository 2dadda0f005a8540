// Runs before every request it matches (Next.js 16 "proxy", Node.js runtime).
//
// /support…: staff only. Anyone else, signed in or not, gets the GOV.UK 404 page for every
// page, route handler and server action under /support, before any of it runs. This is the
// one guard for the console; each page, handler and action also asks for the role itself
// (lib/identity/session.ts requireRole/withRole, lib/forms/action.ts), as Next.js advises.
import { NextResponse, type NextRequest } from "next/server";
import { findActiveSession } from "@/lib/identity/active-session";
import { hasAccess } from "@/lib/identity/roles";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function proxy(request: NextRequest) {
  if (isSupportPath(request.nextUrl.pathname) && !(await isStaff(request))) {
    // Not a redirect: the address stays, and nothing says the console exists.
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
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
  matcher: ["/support", "/support/:path*"],
};
