// Answers for the route handlers that take plain form posts ("Start now", "Create account").
// Both may end by signing the teacher in through next-auth's callback URL, and a server action
// must not redirect there: with JavaScript on, Next.js fetches a server action's redirect
// target itself, which would spend the one-time token on the server and drop the session
// cookie. A plain form post and a 303 let the browser go.
import "server-only";

/** A 303 to a path on this site: the browser follows it with a GET. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

/** What a post from another site is told, by route handlers and proxy.ts alike. */
export const NOT_FROM_OUR_PAGES = "This form must be sent from the service’s own pages.";

/** A post that did not come from the service's own pages (lib/http/origin.ts). */
export const forbidden = () => new Response(NOT_FROM_OUR_PAGES, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
