// Next.js's proxy (formerly middleware), for what a page cannot do itself: choose its status.
import { NextResponse, type NextRequest } from "next/server";

// The check page sends an address over its limit here (a page always answers 200); the same
// page, answered 429 Too Many Requests, so that scripts and crawlers read the limit too.
const TOO_MANY_CHECKS_PATH = "/check-a-certificate/too-many-checks";

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === TOO_MANY_CHECKS_PATH) {
    return NextResponse.rewrite(request.nextUrl, { status: 429, headers: { "Retry-After": String(15 * 60) } });
  }
  return NextResponse.next();
}

// A literal: Next.js reads the matcher at build time.
export const config = { matcher: ["/check-a-certificate/too-many-checks"] };
