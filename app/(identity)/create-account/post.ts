// For the two forms that post to route handlers rather than server actions: "Start now" and
// "Create account". Both may end by signing the teacher in through next-auth's callback URL,
// and a server action must not redirect there: with JavaScript on, Next.js fetches a server
// action's redirect target itself (to stream it back), which would spend the one-time token
// on the server and drop the session cookie. A plain form post and a 303 let the browser go.

import { isSameOriginForm } from "@/lib/identity/request";

/** A 303 to a path on this site: the browser follows it with a GET. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

/**
 * The post came from one of our own pages. Server actions check this themselves; route
 * handlers must. Browsers send Origin with every form post. X-Forwarded-Host/-Proto count only
 * as far as TRUSTED_PROXY_HOPS allows (lib/http/forwarded.ts).
 */
export function isSameOrigin(request: Request): boolean {
  return isSameOriginForm(request);
}

export const forbidden = () => new Response("This form must be sent from the service's own pages.", { status: 403 });
